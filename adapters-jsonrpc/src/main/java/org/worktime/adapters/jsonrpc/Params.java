package org.worktime.adapters.jsonrpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Iterator;
import java.util.regex.Pattern;

/**
 * A call's {@code params}: by name (an object) or, where a method gives their order, by position
 * (an array). A JSON {@code null} counts as absent; a name the method does not know is refused, so
 * that a misspelt parameter is never silently ignored.
 */
public final class Params {

  private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");

  private final ObjectNode named;

  private Params(ObjectNode named) {
    this.named = named;
  }

  /**
   * The params by name: an object as given, an array read in {@code order}, none as empty.
   *
   * @param known every parameter the method takes; the first ones, in {@code order}, by position
   */
  public static Either<RpcError, Params> of(
      JsonNode params, List<String> order, List<String> known) {
    ObjectNode named = JsonNodeFactory.instance.objectNode();
    if (params == null || params.isMissingNode()) {
      return Either.right(new Params(named));
    }
    if (params.isArray()) {
      if (params.size() > order.size()) {
        return Either.left(
            RpcError.invalidParams(
                "params",
                order.isEmpty()
                    ? "must be an object of named parameters"
                    : "takes at most "
                        + order.size()
                        + " positional parameters: "
                        + order.mkString(", ")));
      }
      for (int i = 0; i < params.size(); i++) {
        named.set(order.get(i), params.get(i));
      }
      return Either.right(new Params(named));
    }
    Iterator<String> names = params.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        return Either.left(RpcError.invalidParams(name, "is not a parameter of this method"));
      }
    }
    named.setAll((ObjectNode) params);
    return Either.right(new Params(named));
  }

  public Option<JsonNode> get(String name) {
    JsonNode value = named.get(name);
    return value == null || value.isNull() ? Option.none() : Option.some(value);
  }

  public Either<RpcError, String> text(String name, String expected) {
    return optionalText(name, expected)
        .flatMap(
            value ->
                value.toEither(() -> RpcError.invalidParams(name, "is required: " + expected)));
  }

  public Either<RpcError, Option<String>> optionalText(String name, String expected) {
    Option<JsonNode> value = get(name);
    if (value.isEmpty()) {
      return Either.right(Option.none());
    }
    return value.get().isTextual()
        ? Either.right(Option.some(value.get().textValue()))
        : Either.left(RpcError.invalidParams(name, "must be a string: " + expected));
  }

  /** A positive whole number, given as a JSON number or a string of digits (as TimeClock does). */
  public Either<RpcError, Option<Long>> optionalNumber(String name) {
    Option<JsonNode> value = get(name);
    if (value.isEmpty()) {
      return Either.right(Option.none());
    }
    JsonNode node = value.get();
    if (node.isIntegralNumber() && node.canConvertToLong() && node.longValue() > 0) {
      return Either.right(Option.some(node.longValue()));
    }
    if (node.isTextual() && DIGITS.matcher(node.textValue()).matches()) {
      long number = Long.parseLong(node.textValue());
      if (number > 0) {
        return Either.right(Option.some(number));
      }
    }
    return Either.left(RpcError.invalidParams(name, "must be a positive whole number, e.g. 1265"));
  }
}
