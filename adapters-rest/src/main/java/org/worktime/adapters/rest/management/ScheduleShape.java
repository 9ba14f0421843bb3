package org.worktime.adapters.rest.management;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A schedule carries the fields of its type only: a flexible one may say when it expires, a fixed
 * one needs at least one weekday's shift. A field of the other type is named, not ignored.
 */
@Documented
@Constraint(validatedBy = ScheduleShape.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ScheduleShape {

  String message() default "has the fields of another schedule type";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks a {@link PolicyBody.Schedule} whose type is known; an unknown type is named alone. */
  class Check implements ConstraintValidator<ScheduleShape, PolicyBody.Schedule> {

    @Override
    public boolean isValid(PolicyBody.Schedule schedule, ConstraintValidatorContext context) {
      if (schedule == null || schedule.type() == null) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      boolean valid = true;
      if (schedule.fixed()) {
        if (schedule.expiresAfterDays() != null) {
          valid = violated(context, "expiresAfterDays", "is not a field of a fixed schedule");
        }
        if (schedule.shifts() == null) {
          valid = violated(context, "shifts", "is required");
        } else if (schedule.shifts().isEmpty()) {
          valid = violated(context, "shifts", "needs at least one working weekday");
        }
      } else if (schedule.type().equals("flexible") && schedule.shifts() != null) {
        valid = violated(context, "shifts", "is not a field of a flexible schedule");
      }
      return valid;
    }

    private static boolean violated(ConstraintValidatorContext context, String field, String why) {
      context
          .buildConstraintViolationWithTemplate(why)
          .addPropertyNode(field)
          .addConstraintViolation();
      return false;
    }
  }
}
