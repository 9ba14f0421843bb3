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
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.worktime.adapters.rest.http.Messages;
import org.worktime.domain.id.Id;

/**
 * A management field's text in one of the forms the API reads (a time zone, an id, a wall time, a
 * duration, a weekday, an email address); the message says which. Null is left to {@code NotNull}.
 */
@Documented
@Constraint(validatedBy = TextForm.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface TextForm {

  Form value();

  String message() default "is not of the expected form";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The forms, each with the rule and the message that explains it. */
  enum Form {
    /** An IANA zone name such as {@code Asia/Jerusalem}; an offset is not a zone. */
    ZONE(
        "must be an IANA time zone name like Europe/Berlin",
        text -> ZoneId.getAvailableZoneIds().contains(text)),
    ID("must be an id in UUID form", text -> Id.fromUuid(text).isDefined()),
    WALL_TIME("must be a local time like 09:30", Form::isWallTime),
    DURATION(
        "must be a duration like PT8H or PT30M, not negative",
        text -> duration(text, Duration.ZERO)),
    LONGER_THAN_ZERO(
        "must be a duration like P30D, longer than zero",
        text -> duration(text, Duration.ofNanos(1))),
    WEEKDAY("is not a weekday; the weekdays are MONDAY to SUNDAY", text -> weekday(text) != null),
    /** An {@code @} after at least one character, something after it, and no white space. */
    EMAIL(
        "must be an email address like ada@example.com",
        text -> Pattern.matches("[^@\\s]+@\\S+", text));

    private static final Pattern WALL_TIME_TEXT = Pattern.compile("\\d{2}:\\d{2}(:\\d{2})?");

    private final String why;
    private final Predicate<String> rule;

    Form(String why, Predicate<String> rule) {
      this.why = why;
      this.rule = rule;
    }

    /** The weekday the name means, in any case; null for none. */
    static DayOfWeek weekday(String name) {
      for (DayOfWeek day : DayOfWeek.values()) {
        if (day.name().equals(name.toUpperCase(Locale.ROOT))) {
          return day;
        }
      }
      return null;
    }

    private static boolean isWallTime(String text) {
      try {
        return WALL_TIME_TEXT.matcher(text).matches() && LocalTime.parse(text) != null;
      } catch (DateTimeParseException invalid) {
        return false;
      }
    }

    private static boolean duration(String text, Duration least) {
      try {
        return Duration.parse(text).compareTo(least) >= 0;
      } catch (DateTimeParseException invalid) {
        return false;
      }
    }
  }

  /** Checks a {@code String}, or each of a container's. */
  class Check implements ConstraintValidator<TextForm, String> {

    private Form form;

    @Override
    public void initialize(TextForm rule) {
      form = rule.value();
    }

    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
      if (text == null || form.rule.test(text)) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate(Messages.literal(form.why))
          .addConstraintViolation();
      return false;
    }
  }
}
