package org.worktime.adapters.rest.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Binds a request's JSON object to its typed DTO (a record) with Jackson, then checks the DTO's
 * constraints with the shared {@link RequestValidator}. Nothing is coerced: text where a number
 * belongs, a number or an object where text belongs, are violations. Problems are collected, so
 * that a client learns all that is wrong at once: unknown fields, objects or arrays where a value
 * belongs, and every constraint; only a scalar of the wrong type ends binding, and is named. The
 * answer is the DTO or {@link Problem.InvalidInput}, never an exception.
 */
public final class RequestBinding {

  /** What a field the DTO does not have means. */
  public enum UnknownFields {
    /** Ignored, as most vendors do, so that a newer client still works. */
    IGNORED,
    /** Refused, so that a typo is not silently ignored. */
    REFUSED
  }

  private static final ObjectMapper MAPPER = strictMapper();

  private RequestBinding() {}

  /** The DTO bound from the JSON object and valid under the default group and the groups named. */
  public static <T> Either<Problem, T> bind(
      JsonNode json, Class<T> type, UnknownFields unknown, Class<?>... groups) {
    if (!json.isObject()) {
      return Either.left(new Problem.Malformed("the JSON body must be an object"));
    }
    Collecting problems = new Collecting(unknown);
    T bound;
    try {
      bound = MAPPER.readerFor(type).withHandler(problems).readValue(json);
    } catch (JsonMappingException unbound) {
      // Jackson stops at a value it may not coerce (text for a number, a number for text).
      problems.add(new Violation(pathOf(unbound), whyOf(unbound), kindOf(unbound)));
      return Either.left(new Problem.InvalidInput(List.ofAll(named(problems.found, type))));
    } catch (InputCoercionException outOfRange) {
      // A whole number too large for its field (a long's 19 digits): named, like a wrong type.
      String path =
          outOfRange.getProcessor() == null
              ? ""
              : path(outOfRange.getProcessor().getParsingContext());
      problems.add(
          new Violation(path.isEmpty() ? "body" : path, "is out of range", Violation.Kind.INVALID));
      return Either.left(new Problem.InvalidInput(List.ofAll(named(problems.found, type))));
    } catch (IOException unreadable) {
      return Either.left(new Problem.Malformed("the body could not be read"));
    }
    java.util.List<Violation> all = new ArrayList<>(problems.found);
    all.addAll(RequestValidator.violations(bound, groups));
    return all.isEmpty()
        ? Either.right(bound)
        : Either.left(new Problem.InvalidInput(List.ofAll(named(all, type))));
  }

  /**
   * Each field once, in the DTO's order of fields. A field that could not be bound is null now, so
   * its "is required" would only repeat it; and a field named wrong (a weekday that is not one)
   * hides what is wrong inside it.
   */
  private static java.util.List<Violation> named(java.util.List<Violation> all, Class<?> type) {
    Map<String, Violation> byField = new LinkedHashMap<>();
    all.forEach(violation -> byField.putIfAbsent(violation.field(), violation));
    java.util.List<Violation> named = new ArrayList<>();
    for (Violation violation : byField.values()) {
      if (byField.keySet().stream().noneMatch(outer -> violation.field().startsWith(outer + "."))) {
        named.add(violation);
      }
    }
    named.sort(
        Comparator.<Violation>comparingInt(
                violation -> JsonNames.position(type, violation.field().split("\\.", 2)[0]))
            .thenComparing(Violation::field));
    return named;
  }

  /**
   * The DTO bound from a request's parameters (query, JSON or form), as the vendor dialects read
   * them: names in lower case, values as text, fields the DTO does not have ignored.
   */
  public static <T> Either<Problem, T> bind(Parameters parameters, Class<T> type) {
    return bind(parameters.asJson(), type, UnknownFields.IGNORED);
  }

  private static ObjectMapper strictMapper() {
    JsonMapper mapper =
        JsonMapper.builder()
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    for (CoercionInputShape scalar :
        new CoercionInputShape[] {
          CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean
        }) {
      mapper.coercionConfigFor(LogicalType.Textual).setCoercion(scalar, CoercionAction.Fail);
    }
    return mapper;
  }

  private static Violation.Kind kindOf(JsonMappingException unbound) {
    return unbound instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException
        ? Violation.Kind.UNKNOWN
        : Violation.Kind.WRONG_TYPE;
  }

  private static String whyOf(JsonMappingException unbound) {
    if (unbound instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException) {
      return "is not a field here";
    }
    return unbound instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mismatch
            && mismatch.getTargetType() != null
        ? "must be " + Collecting.expected(mismatch.getTargetType())
        : "is not of the expected form";
  }

  private static String pathOf(JsonMappingException unbound) {
    java.util.List<String> parts = new ArrayList<>();
    for (JsonMappingException.Reference reference : unbound.getPath()) {
      parts.add(
          reference.getFieldName() != null
              ? reference.getFieldName()
              : Integer.toString(reference.getIndex()));
    }
    return parts.isEmpty() ? "body" : String.join(".", parts);
  }

  /**
   * Jackson's problems as violations, each at the path of the field it concerns; the value is
   * skipped and its field left empty, so that binding goes on to the next field.
   */
  private static final class Collecting extends DeserializationProblemHandler {

    private final UnknownFields unknown;
    private final java.util.List<Violation> found = new ArrayList<>();

    Collecting(UnknownFields unknown) {
      this.unknown = unknown;
    }

    void add(Violation violation) {
      found.add(violation);
    }

    @Override
    public boolean handleUnknownProperty(
        DeserializationContext ctxt,
        JsonParser p,
        JsonDeserializer<?> deserializer,
        Object beanOrClass,
        String propertyName)
        throws IOException {
      if (unknown == UnknownFields.REFUSED) {
        found.add(new Violation(valuePath(p), "is not a field here", Violation.Kind.UNKNOWN));
      }
      p.skipChildren();
      return true;
    }

    @Override
    public Object handleUnexpectedToken(
        DeserializationContext ctxt,
        JavaType targetType,
        JsonToken t,
        JsonParser p,
        String failureMsg)
        throws IOException {
      wrongType(p, targetType.getRawClass());
      p.skipChildren();
      return null;
    }

    @Override
    public Object handleMissingInstantiator(
        DeserializationContext ctxt,
        Class<?> instClass,
        ValueInstantiator valueInsta,
        JsonParser p,
        String msg)
        throws IOException {
      // An object's DTO given a string or a number.
      wrongType(p, instClass);
      p.skipChildren();
      return null;
    }

    private void wrongType(JsonParser p, Class<?> target) {
      boolean container = p.hasToken(JsonToken.START_OBJECT) || p.hasToken(JsonToken.START_ARRAY);
      String why =
          container && !isContainer(target)
              ? "must be a single value, not an object or array"
              : "must be " + expected(target);
      found.add(new Violation(valuePath(p), why, Violation.Kind.WRONG_TYPE));
    }

    private static boolean isContainer(Class<?> target) {
      return java.util.Map.class.isAssignableFrom(target)
          || java.util.Collection.class.isAssignableFrom(target)
          || target.isRecord();
    }

    static String expected(Class<?> target) {
      if (target == String.class) {
        return "a string";
      }
      if (target == Boolean.class || target == boolean.class) {
        return "true or false";
      }
      if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
        return "a whole number";
      }
      if (java.util.Map.class.isAssignableFrom(target) || target.isRecord()) {
        return "a JSON object";
      }
      if (java.util.Collection.class.isAssignableFrom(target)) {
        return "a JSON array";
      }
      return "of another JSON type";
    }

    /**
     * The path of the value the parser is at ({@code schedule.shifts.MONDAY.start}): a scalar's
     * name is its object's current name; an object or array has entered its own context already.
     */
    private static String valuePath(JsonParser p) {
      JsonStreamContext context = p.getParsingContext();
      if (p.hasToken(JsonToken.START_OBJECT) || p.hasToken(JsonToken.START_ARRAY)) {
        context = context.getParent();
      }
      return path(context);
    }
  }

  /**
   * The path of a parser's context, names and indexes joined by dots ({@code
   * schedule.shifts.MONDAY.start}); empty at the root.
   */
  static String path(JsonStreamContext context) {
    java.util.LinkedList<String> parts = new java.util.LinkedList<>();
    for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
      if (at.inObject() && at.getCurrentName() != null) {
        parts.addFirst(at.getCurrentName());
      } else if (at.inArray()) {
        parts.addFirst(Integer.toString(Math.max(0, at.getCurrentIndex())));
      }
    }
    return String.join(".", parts);
  }
}
