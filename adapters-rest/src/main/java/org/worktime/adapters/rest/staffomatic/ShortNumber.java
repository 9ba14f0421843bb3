package org.worktime.adapters.rest.staffomatic;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A Staffomatic id or user number: positive, at most 18 digits (always a long). */
@Documented
@Pattern(regexp = ShortNumber.NUMBER)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface ShortNumber {

  String NUMBER = "[1-9]\\d{0,17}";

  String message() default "must be a positive whole number";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
