package org.worktime.adapters.cli;

import org.worktime.domain.text.Note;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads free text typed for an option ({@code --note}, {@code --report}, {@code --comment}) exactly
 * as given: any Unicode, Hebrew and emoji included; only what {@link Note} refuses is a usage
 * error.
 */
public final class GivenNote implements ITypeConverter<Note> {

  @Override
  public Note convert(String text) {
    return Note.of(text).getOrElseThrow(why -> new TypeConversionException(why.describe()));
  }
}
