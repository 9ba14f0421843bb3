package org.worktime.adapters.rest.http;

import io.vavr.control.Option;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.InvocationTargetException;
import java.util.function.Predicate;

/**
 * A field's text keeps a {@link Rule}: a dialect's date-time format, an id's form, a value the
 * domain takes. The rule says why a text breaks it, and that is the violation's message. A rule
 * that checks a date-time is marked with the payload {@link Violation.Time}, so that the dialects
 * answer it with their date-time error code. Null is left to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = Text.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Text {

  /** The rule, a class with a constructor without parameters. */
  Class<? extends Rule> value();

  String message() default "is not of the expected form";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** A rule on a text; stateless, so one instance serves every request. */
  interface Rule {
    /** Why the text breaks the rule; none when it keeps it. */
    Option<String> brokenBy(String text);
  }

  /**
   * A rule a text keeps when it parses (a date-time, an id): one reason for every text that does
   * not.
   */
  abstract class Parses implements Rule {

    private final Predicate<String> parses;
    private final String why;

    protected Parses(Predicate<String> parses, String why) {
      this.parses = parses;
      this.why = why;
    }

    @Override
    public final Option<String> brokenBy(String text) {
      return parses.test(text) ? Option.none() : Option.some(why);
    }
  }

  /** Asks the field's rule. */
  class Check implements ConstraintValidator<Text, String> {

    private Rule rule;

    @Override
    public void initialize(Text text) {
      try {
        var constructor = text.value().getDeclaredConstructor();
        constructor.setAccessible(true);
        rule = constructor.newInstance();
      } catch (NoSuchMethodException
          | InstantiationException
          | IllegalAccessException
          | InvocationTargetException unusable) {
        throw new IllegalStateException(
            "a Text.Rule needs a constructor without parameters", unusable);
      }
    }

    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
      Option<String> broken = text == null ? Option.none() : rule.brokenBy(text);
      broken.forEach(
          why -> {
            context.disableDefaultConstraintViolation();
            context
                .buildConstraintViolationWithTemplate(Messages.literal(why))
                .addConstraintViolation();
          });
      return broken.isEmpty();
    }
  }
}
