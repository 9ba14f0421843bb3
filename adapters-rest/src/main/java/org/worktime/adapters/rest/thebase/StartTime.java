package org.worktime.adapters.rest.thebase;

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

/** An ISO-8601 date-time, with or without an offset, as {@link TheBaseTimes#parse} reads it. */
@Documented
@TimeFormat
@Constraint(validatedBy = StartTime.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface StartTime {

  String message() default "must be a date-time like " + TheBaseTimes.EXAMPLE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks a {@code String}; null is "now". */
  class Check implements ConstraintValidator<StartTime, String> {
    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
      return text == null || TheBaseTimes.parse(text).isDefined();
    }
  }
}
