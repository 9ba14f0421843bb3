package org.worktime.adapters.rest.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.RecordComponent;

/**
 * A request DTO's fields by the names clients write ({@code @JsonProperty}, else the Java name), so
 * that a violation names {@code user_id}, never {@code userId}.
 */
final class JsonNames {

  private JsonNames() {}

  /** The JSON name of a Java field or record component of the class. */
  static String of(Class<?> declaringClass, String javaName) {
    try {
      JsonProperty property =
          declaringClass.getDeclaredField(javaName).getAnnotation(JsonProperty.class);
      return property == null || property.value().isEmpty() ? javaName : property.value();
    } catch (NoSuchFieldException notAField) {
      return javaName;
    }
  }

  /**
   * Where a top-level field stands among the record's components, so that violations are listed in
   * the order the DTO declares its fields; one that is not a component comes last.
   */
  static int position(Class<?> type, String jsonName) {
    RecordComponent[] components = type.isRecord() ? type.getRecordComponents() : null;
    if (components != null) {
      for (int i = 0; i < components.length; i++) {
        if (of(type, components[i].getName()).equals(jsonName)) {
          return i;
        }
      }
    }
    return Integer.MAX_VALUE;
  }
}
