package org.worktime.adapters.rest.http;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.Default;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.spi.nodenameprovider.JavaBeanProperty;

/**
 * The one Jakarta Validation {@link Validator} of the REST adapter, built once: Hibernate Validator
 * is thread-safe, and building it is the expensive part. Violations name fields by their JSON names
 * and read in English whatever the machine's locale; a field is reported once, by its gravest
 * problem.
 */
public final class RequestValidator {

  private static final Validator VALIDATOR =
      Validation.byProvider(HibernateValidator.class)
          .configure()
          .defaultLocale(Locale.ENGLISH)
          .locales(Locale.ENGLISH)
          .propertyNodeNameProvider(
              property ->
                  property instanceof JavaBeanProperty bean
                      ? JsonNames.of(bean.getDeclaringClass(), bean.getName())
                      : property.getName())
          .buildValidatorFactory()
          .getValidator();

  private RequestValidator() {}

  /**
   * The input's violations under the default group and any others named; a field that breaks
   * several constraints is named once, by its gravest problem.
   */
  public static <T> List<Violation> violations(T input, Class<?>... groups) {
    Map<String, Violation> byField = new LinkedHashMap<>();
    Class<?>[] checked = new Class<?>[groups.length + 1];
    checked[0] = Default.class;
    System.arraycopy(groups, 0, checked, 1, groups.length);
    VALIDATOR.validate(input, checked).stream()
        .map(RequestValidator::violation)
        .sorted(Comparator.comparing(Violation::kind).thenComparing(Violation::why))
        .forEach(violation -> byField.putIfAbsent(violation.field(), violation));
    return new ArrayList<>(byField.values());
  }

  private static Violation violation(ConstraintViolation<?> violation) {
    Class<? extends Annotation> rule =
        violation.getConstraintDescriptor().getAnnotation().annotationType();
    String field = field(violation.getPropertyPath());
    if (rule == NotNull.class) {
      return new Violation(field, Violation.REQUIRED, Violation.Kind.MISSING);
    }
    Violation.Kind kind =
        violation.getConstraintDescriptor().getPayload().contains(Violation.Time.class)
            ? Violation.Kind.TIME
            : Violation.Kind.INVALID;
    return new Violation(field, violation.getMessage(), kind);
  }

  /** {@code schedule.shifts.MONDAY.start}: properties by name, map entries by their key. */
  private static String field(Path path) {
    List<String> parts = new ArrayList<>();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        parts.add(String.valueOf(node.getKey() != null ? node.getKey() : node.getIndex()));
      }
      if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
        parts.add(node.getName());
      }
    }
    return parts.isEmpty() ? "body" : String.join(".", parts);
  }
}
