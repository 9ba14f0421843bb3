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
import org.worktime.domain.ValueError;
import org.worktime.domain.text.Note;

/**
 * Text a person wrote, as the domain's {@link Note} takes it (valid Unicode, no NUL), within a
 * length in code points (an emoji counts once) and, unless allowed, not blank. The rule on the
 * characters is the domain's own: it is asked, not repeated.
 */
@Documented
@Constraint(validatedBy = NoteText.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface NoteText {

  String message() default "must be text";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The most code points allowed. */
  int max() default Note.MAXIMUM_LENGTH;

  /** Whether empty or blank text is taken. */
  boolean blankAllowed() default true;

  /** Checks a {@code String}; null is left to {@code @NotNull}. */
  class Check implements ConstraintValidator<NoteText, String> {

    private int max;
    private boolean blankAllowed;

    @Override
    public void initialize(NoteText rule) {
      max = rule.max();
      blankAllowed = rule.blankAllowed();
    }

    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
      if (text == null) {
        return true;
      }
      String why = null;
      var note = Note.of(text);
      int length = text.codePointCount(0, text.length());
      if (note.isLeft() && !(note.getLeft() instanceof ValueError.TextTooLong)) {
        why = note.getLeft().describe();
      } else if (!blankAllowed && text.isBlank()) {
        why = "must not be empty or blank";
      } else if (length > max) {
        why = "is " + length + " characters long; at most " + max;
      }
      if (why == null) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(Messages.literal(why)).addConstraintViolation();
      return false;
    }
  }
}
