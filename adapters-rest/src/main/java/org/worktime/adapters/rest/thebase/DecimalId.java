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
import org.worktime.domain.id.Id;

/** An id in TheBase's form: the unsigned decimal of a 128-bit id, as {@link Id} reads it. */
@Documented
@Constraint(validatedBy = DecimalId.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface DecimalId {

  String message() default "must be a user's decimal id";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks a {@code String}; null is left to {@code @NotNull}. */
  class Check implements ConstraintValidator<DecimalId, String> {
    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
      return text == null || Id.fromDecimal(text).isDefined();
    }
  }
}
