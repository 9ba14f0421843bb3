package org.worktime.adapters.rest.bitrix;

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

/** A date-time in Bitrix's ATOM form, as {@link BitrixTimes#parseAtom} reads it (trimmed). */
@Documented
@TimeFormat
@Constraint(validatedBy = AtomTime.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface AtomTime {

  String message() default "must be a date-time like " + BitrixTimes.ATOM_EXAMPLE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks a {@code String}; null is "not given". */
  class Check implements ConstraintValidator<AtomTime, String> {
    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
      return text == null || BitrixTimes.parseAtom(text.trim()).isDefined();
    }
  }
}
