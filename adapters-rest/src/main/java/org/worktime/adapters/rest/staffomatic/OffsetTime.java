package org.worktime.adapters.rest.staffomatic;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.worktime.adapters.rest.http.TimeFormat;

/** ISO-8601 with an offset or {@code Z}, as {@link StaffomaticTimes#parse} reads it. */
@Documented
@TimeFormat
@Constraint(validatedBy = OffsetTime.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface OffsetTime {

  String message() default "must be a date-time with offset like " + StaffomaticTimes.EXAMPLE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks a {@code String}; null is "not given". */
  class Check implements ConstraintValidator<OffsetTime, String> {
    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
      return text == null || StaffomaticTimes.parse(text).isDefined();
    }
  }
}
