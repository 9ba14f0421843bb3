package org.worktime.adapters.cli;

import org.worktime.domain.text.Note;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a short text that names something (a person, a location, a key's label): 1 to 200
 * characters, not blank, any script, exactly as given. Another form is a usage error.
 */
public final class GivenText implements ITypeConverter<String> {

  public static final int MAXIMUM_LENGTH = 200;

  @Override
  public String convert(String text) {
    return checked(text, MAXIMUM_LENGTH);
  }

  /** The text if it is not blank, at most {@code maximum} code points and valid Unicode. */
  public static String checked(String text, int maximum) {
    if (text.isBlank()) {
      throw new TypeConversionException("must not be empty or blank");
    }
    int length = text.codePointCount(0, text.length());
    if (length > maximum) {
      throw new TypeConversionException(
          "is " + length + " characters long; at most " + maximum + " are allowed");
    }
    Note.of(text).getOrElseThrow(why -> new TypeConversionException(why.describe()));
    return text;
  }
}
