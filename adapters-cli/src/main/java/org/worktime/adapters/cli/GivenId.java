package org.worktime.adapters.cli;

import org.worktime.domain.id.Id;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads an id typed for an option or parameter, in the UUID form every listing prints. */
public final class GivenId implements ITypeConverter<Id> {

  @Override
  public Id convert(String text) {
    return Id.fromUuid(text.strip())
        .getOrElseThrow(
            () ->
                new TypeConversionException(
                    "'"
                        + text
                        + "' is not an id; ids look like 0190a000-0000-7000-8000-00000000002a"));
  }
}
