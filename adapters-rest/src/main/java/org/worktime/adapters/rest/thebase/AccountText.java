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
import org.worktime.adapters.rest.http.Messages;
import org.worktime.domain.timer.AccountId;

/**
 * A customer's id in another system, as the domain's {@link AccountId} takes it: the rule is the
 * domain's own, asked here, and its reason is the message.
 */
@Documented
@Constraint(validatedBy = AccountText.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface AccountText {

  String message() default "must be an account id";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks a {@code String}; null is "not given". */
  class Check implements ConstraintValidator<AccountText, String> {
    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
      if (text == null) {
        return true;
      }
      var account = AccountId.of(text);
      if (account.isRight()) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate(Messages.literal(account.getLeft().describe()))
          .addConstraintViolation();
      return false;
    }
  }
}
