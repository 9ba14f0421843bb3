package org.worktime.domain.text;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import org.worktime.domain.ValueError;

/**
 * Free text a person wrote: a report for a manual time, a reason for a correction, a timer's
 * comment. Any Unicode is kept exactly as given (Hebrew, emoji, combining marks); only what no
 * store can keep faithfully is refused: NUL and lone surrogates. Length counts code points, so an
 * emoji counts once.
 */
public record Note(String text) {

  public static final int MAXIMUM_LENGTH = 4000;

  /** Guards the invariant; input from outside goes through {@link #of}. */
  public Note {
    Objects.requireNonNull(text, "text");
    problemWith(text)
        .peek(
            problem -> {
              throw new IllegalArgumentException(problem.describe());
            });
  }

  public static Either<ValueError, Note> of(String text) {
    Objects.requireNonNull(text, "text");
    return problemWith(text)
        .<Either<ValueError, Note>>map(Either::left)
        .getOrElse(() -> Either.right(new Note(text)));
  }

  private static Option<ValueError> problemWith(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return Option.some(new ValueError.ForbiddenCharacter(0, i));
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return Option.some(new ValueError.BrokenUnicode(i));
      }
    }
    int length = text.codePointCount(0, text.length());
    return length > MAXIMUM_LENGTH
        ? Option.some(new ValueError.TextTooLong(length, MAXIMUM_LENGTH))
        : Option.none();
  }

  @Override
  public String toString() {
    return text;
  }
}
