package org.worktime.adapters.rest.http;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

/**
 * A DTO whose fields must agree with one another (one needs another, one must not precede another):
 * the DTO says which of its fields break such a rule, and each is reported as its own field's
 * violation. The rules are plain Java in the DTO, beside the fields they concern.
 */
@Documented
@Constraint(validatedBy = Coherent.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface Coherent {

  String message() default "the fields do not agree";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** A DTO with rules across its fields. */
  interface Fields {
    /**
     * Each field (by its JSON name) that breaks a rule across fields, with why; empty when they
     * agree. Called only on a bound DTO; a field's own form may still be wrong, and is then its own
     * constraint's to report.
     */
    Map<String, String> incoherent();
  }

  /** Reports each incoherent field. */
  class Check implements ConstraintValidator<Coherent, Fields> {
    @Override
    public boolean isValid(Fields dto, ConstraintValidatorContext context) {
      Map<String, String> incoherent = dto == null ? Map.of() : dto.incoherent();
      if (incoherent.isEmpty()) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      incoherent.forEach(
          (field, why) ->
              context
                  .buildConstraintViolationWithTemplate(Messages.literal(why))
                  .addPropertyNode(field)
                  .addConstraintViolation());
      return false;
    }
  }
}
