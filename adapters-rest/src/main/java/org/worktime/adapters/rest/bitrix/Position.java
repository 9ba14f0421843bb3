package org.worktime.adapters.rest.bitrix;

import io.vavr.control.Either;
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
import org.worktime.domain.ValueError;
import org.worktime.domain.place.GeoPoint;

/**
 * {@code LAT} and {@code LON} go together and name a point on Earth: the range is the domain's
 * {@link GeoPoint} rule, asked here. Either one's own form ({@link #DEGREES}) is its field's
 * {@code @Pattern}.
 */
@Documented
@Constraint(validatedBy = Position.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface Position {

  /** Decimal degrees: no exponent, no hex, no NaN; spaces around allowed. */
  String DEGREES = "\\s*-?\\d{1,3}(\\.\\d{1,20})?\\s*";

  String DEGREES_MESSAGE = "must be a decimal number of degrees";

  String message() default "LAT and LON go together";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks a {@link TimemanPunch}. */
  class Check implements ConstraintValidator<Position, TimemanPunch> {
    @Override
    public boolean isValid(TimemanPunch punch, ConstraintValidatorContext context) {
      if (punch.lat() == null && punch.lon() == null) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      if (punch.lat() == null || punch.lon() == null) {
        context
            .buildConstraintViolationWithTemplate("LAT and LON go together")
            .addPropertyNode(punch.lat() == null ? "lat" : "lon")
            .addConstraintViolation();
        return false;
      }
      if (!punch.lat().matches(DEGREES) || !punch.lon().matches(DEGREES)) {
        return true;
      }
      Either<ValueError, GeoPoint> point = TimemanPunch.point(punch.lat(), punch.lon());
      if (point.isRight()) {
        return true;
      }
      String axis =
          point.getLeft() instanceof ValueError.CoordinateOutOfRange out
                  && out.axis().equals("longitude")
              ? "lon"
              : "lat";
      context
          .buildConstraintViolationWithTemplate(Messages.literal(point.getLeft().describe()))
          .addPropertyNode(axis)
          .addConstraintViolation();
      return false;
    }
  }
}
