package org.worktime.domain.timer;

import io.vavr.control.Option;
import org.worktime.domain.ValueError;

/**
 * The one rule for keys that other systems hand us and expect back unchanged (an account id, an
 * external task id): not blank, no control characters, valid Unicode, at most a given number of
 * code points. A key is compared and echoed, never parsed, so anything else is kept as given.
 */
final class OpaqueKeys {

  private OpaqueKeys() {}

  static Option<ValueError> problemWith(String text, int maximum) {
    if (text.isBlank()) {
      return Option.some(new ValueError.BlankText());
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return Option.some(new ValueError.BrokenUnicode(i));
      } else if (Character.getType(c) == Character.CONTROL) {
        // A tab or newline inside a key breaks log lines, CSV exports and equality with what the
        // other system shows its users; no such key is ever meant.
        return Option.some(new ValueError.ForbiddenCharacter(c, i));
      }
    }
    int length = text.codePointCount(0, text.length());
    return length > maximum
        ? Option.some(new ValueError.TextTooLong(length, maximum))
        : Option.none();
  }
}
