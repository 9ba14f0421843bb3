package org.worktime.adapters.rest.http;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Locale;

/**
 * A request's named values from the query string and the body, names compared without case ({@code
 * USER_ID} is {@code user_id}). A name given twice, in any spelling or in both places, is a
 * problem: the request is ambiguous.
 */
public final class Parameters {

  private final Map<String, String> values;

  private Parameters(Map<String, String> values) {
    this.values = values;
  }

  public static Parameters empty() {
    return new Parameters(LinkedHashMap.empty());
  }

  /** Adds a value; a name already present is a problem. */
  public Either<Problem, Parameters> with(String name, String value) {
    String key = keyOf(name);
    return values.containsKey(key)
        ? Either.left(new Problem.InvalidParameter(name, "given more than once"))
        : Either.right(new Parameters(values.put(key, value)));
  }

  /** Both sets; a name in both is a problem. */
  public Either<Problem, Parameters> and(Parameters other) {
    Either<Problem, Parameters> merged = Either.right(this);
    for (var entry : other.values) {
      merged = merged.flatMap(sum -> sum.with(entry._1, entry._2));
    }
    return merged;
  }

  /** The value, if given and not empty (clients send empty values for "not given"). */
  public Option<String> get(String name) {
    return values.get(keyOf(name)).filter(value -> !value.isEmpty());
  }

  private static String keyOf(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
