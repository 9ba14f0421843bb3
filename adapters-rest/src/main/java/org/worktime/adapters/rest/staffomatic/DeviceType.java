package org.worktime.adapters.rest.staffomatic;

import io.vavr.collection.List;
import io.vavr.control.Option;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import org.worktime.adapters.rest.http.Messages;
import org.worktime.domain.place.SourceType;

/** A punch's source, {@code device_type}: one of the domain's {@link SourceType}s, in any case. */
@Documented
@Constraint(validatedBy = DeviceType.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface DeviceType {

  String message() default "must be a device type";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks a {@code String}; null is "not given" (an API call). */
  class Check implements ConstraintValidator<DeviceType, String> {

    /** The source type the text names, in any case; none for another text. */
    static Option<SourceType> of(String text) {
      return List.of(SourceType.values()).find(type -> type.name().equalsIgnoreCase(text));
    }

    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
      if (text == null || of(text).isDefined()) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate(
              Messages.literal(
                  "must be one of "
                      + List.of(SourceType.values())
                          .map(type -> type.name().toLowerCase(Locale.ROOT))
                          .mkString(", ")))
          .addConstraintViolation();
      return false;
    }
  }
}
