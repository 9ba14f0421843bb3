package org.worktime.adapters.rest.http;

/** Text for a violation's message, taken literally rather than as a template. */
public final class Messages {

  private Messages() {}

  /**
   * The text with the characters a message template interprets ({@code \ { } $}) escaped, so that
   * nothing in it is ever evaluated: a violation's text is never a template.
   */
  public static String literal(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || c == '{' || c == '}' || c == '$') {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }
}
