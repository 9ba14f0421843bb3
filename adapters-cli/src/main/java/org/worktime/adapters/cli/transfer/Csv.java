package org.worktime.adapters.cli.transfer;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated values as RFC 4180 has them: a field with a comma, a quote or a line break is
 * quoted, a quote inside doubled; lines end with CRLF when written and with CRLF or LF when read.
 */
final class Csv {

  private Csv() {}

  static void writeRow(Writer out, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(quoted(fields.get(i)));
    }
    out.write("\r\n");
  }

  private static String quoted(String field) {
    boolean plain = field.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
    return plain ? field : '"' + field.replace("\"", "\"\"") + '"';
  }

  /** Reads records one at a time, counting lines so that a message can name where one starts. */
  static final class RowReader {

    private final Reader in;
    private int line = 1;
    private int peeked = -2;

    RowReader(Reader in) {
      this.in = in;
    }

    /** The line the next record starts on. */
    int line() {
      return line;
    }

    /** The next record's fields, or null at the end of the input. */
    List<String> next() throws IOException, Malformed {
      try {
        return record();
      } catch (java.nio.charset.CharacterCodingException notUtf8) {
        // The reader decodes ahead, so the line is where reading stood, not the exact byte.
        throw new Malformed("near line " + line, "not UTF-8 text");
      }
    }

    private List<String> record() throws IOException, Malformed {
      int c = read();
      if (c == -1) {
        return null;
      }
      int start = line;
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      boolean wasQuoted = false;
      while (true) {
        if (quoted) {
          if (c == -1) {
            throw new Malformed("line " + start, "a quoted field is not closed");
          }
          if (c == '"') {
            int after = read();
            if (after == '"') {
              field.append('"');
            } else {
              quoted = false;
              c = after;
              continue;
            }
          } else {
            if (c == '\n') {
              line++;
            }
            field.append((char) c);
          }
        } else if (c == '"' && field.length() == 0 && !wasQuoted) {
          quoted = true;
          wasQuoted = true;
        } else if (c == ',') {
          fields.add(field.toString());
          field.setLength(0);
          wasQuoted = false;
        } else if (c == '\r' || c == '\n' || c == -1) {
          if (c == '\r') {
            int after = read();
            if (after != '\n') {
              unread(after);
            }
          }
          if (c != -1) {
            line++;
          }
          fields.add(field.toString());
          return fields;
        } else if (wasQuoted) {
          throw new Malformed("line " + start, "text after the closing quote of a field");
        } else {
          field.append((char) c);
        }
        c = read();
      }
    }

    private int read() throws IOException {
      if (peeked != -2) {
        int c = peeked;
        peeked = -2;
        return c;
      }
      return in.read();
    }

    private void unread(int c) {
      peeked = c;
    }
  }
}
