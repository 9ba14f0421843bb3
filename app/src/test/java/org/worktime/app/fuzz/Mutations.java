package org.worktime.app.fuzz;

import io.vavr.Tuple2;
import io.vavr.collection.List;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

/**
 * What the fuzzer does to a valid request: bit flips, hostile numbers and values in place of the
 * valid ones, deep nesting, invalid UTF-8, NUL, lone surrogates, long strings, long URLs and
 * headers, many headers, oversized bodies, wrong media types and methods, wrong or no credentials.
 * Every choice comes from the random source given, so a seed makes the same requests again.
 */
final class Mutations {

  /** Numbers that cost a careless reader memory, time or an exception. */
  static final List<String> HOSTILE_NUMBERS =
      List.of(
          "1e100000000",
          "1e1000000000",
          "1e2147483647",
          "1.5e-2147483648",
          "-1e-2147483649",
          "1E+2147483648",
          "1e-1000000000",
          "1e0000000000000000000000000000000000001",
          "9".repeat(2000),
          "0." + "0".repeat(2000) + "1",
          "123456789012345678901234567890",
          "9223372036854775807",
          "9223372036854775808",
          "-9223372036854775809",
          "2147483648",
          "1.7976931348623157e309",
          "4.9e-325",
          "1e400",
          "-0",
          "0e99999999",
          "-1",
          "0",
          "1.5",
          "1e19");

  /** Texts, as the content of a JSON string (escapes written), that a dialect must refuse. */
  static final List<String> HOSTILE_TEXTS =
      List.of(
          "PT9223372036854775807S",
          "-PT9223372036854775808S",
          "P106751991167301D",
          "PT2562047788015216H",
          "P9999999999999999999D",
          "P-1D",
          "PT0S",
          "+999999999-12-31T23:59:59Z",
          "-999999999-01-01T00:00:00Z",
          "+999999999-12-31T23:59:59+18:00",
          "-999999999-01-01T00:00:00-18:00",
          "+999999999-12-31T23:59:59",
          "9999-12-31T23:59:59Z",
          "9999-12-31T23:59:59-18:00",
          "0000-01-01T00:00:00Z",
          "0001-01-01T00:00:00+18:00",
          "+999999999-12-31",
          "-999999999-01-01",
          "999999999-12-31",
          "+999999999-12-31 23:59:59",
          "-999999999-01-01 00:00:00",
          "9999-12-31 23:59:59",
          "0000-01-01",
          "2024-02-30",
          "2024-13-01 25:61:61",
          "9223372036854775808",
          "99999999999999999999999999999999999999999",
          "340282366920938463463374607431768211456",
          "00000000000000000000000000000000000001",
          "1e1000000000",
          "-1",
          "0",
          "\\u0000",
          "x\\u0000y",
          "\\ud800",
          "\\udfff",
          "\\ud800\\u0041",
          "😀",
          "NaN",
          "Infinity",
          "",
          " ",
          "null",
          "Europe/Nowhere",
          "+99:00",
          "../../etc/passwd",
          "%00",
          "%ZZ");

  /** JSON values that are not the expected scalar. */
  static final List<String> HOSTILE_VALUES =
      List.of(
          "null",
          "true",
          "[]",
          "{}",
          "[[[[[[[[[[]]]]]]]]]]",
          "{\"a\": {\"b\": 1e1000000000}}",
          "[1e2147483647]",
          "\"\"");

  /** Query-string and path values, already percent-encoded where it matters. */
  static final List<String> HOSTILE_QUERY_VALUES =
      List.of(
          "%2B999999999-12-31T23:59:59Z",
          "-999999999-01-01T00:00:00Z",
          "%2B999999999-12-31T23:59:59%2B18:00",
          "9999-12-31T23:59:59-18:00",
          "0000-01-01T00:00:00Z",
          "1e1000000000",
          "1e2147483647",
          "1.5e-2147483648",
          "9223372036854775808",
          "99999999999999999999999999999999999999999",
          "340282366920938463463374607431768211456",
          "2147483648",
          "-1",
          "0",
          "%00",
          "%ZZ",
          "%",
          "%ED%A0%80",
          "%C0%AF",
          "%FF%FE",
          "%F4%90%80%80",
          "%E2%82",
          "..",
          "%2E%2E%2F",
          "PT9223372036854775807S",
          "%F0%9F%98%80",
          "a+b",
          "");

  private static final byte[][] BROKEN_UTF8 = {
    {(byte) 0xC3, 0x28},
    {(byte) 0xFF},
    {(byte) 0xFE, (byte) 0xFF},
    {(byte) 0xC0, (byte) 0xAF},
    {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
    {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
    {(byte) 0xE2, (byte) 0x82},
    {(byte) 0x80}
  };

  private static final List<String> CONTENT_TYPES =
      List.of(
          "text/xml",
          "multipart/form-data; boundary=x",
          "application/x-www-form-urlencoded",
          "application/json; charset=iso-8859-1",
          "application/json; charset=utf-16",
          "application/json;;;;=",
          "text/plain",
          "*/*",
          "",
          "application/problem+json",
          "application/json; charset=\u00ff",
          "a".repeat(5000));

  private static final List<String> METHODS =
      List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD", "TRACE", "FOO", "get");

  private static final List<String> FIELD_NAMES =
      List.of(
          "x",
          "validity",
          "starts_at",
          "ends_at",
          "TIME",
          "start_time",
          "startDate",
          "endDate",
          "date",
          "employeeNumber",
          "id",
          "page",
          "user_id",
          "USER_ID",
          "employee",
          "number",
          "expiresAfterDays",
          "work_timer_id",
          "timer_id",
          "LAT",
          "allowedDelta",
          "minimumDuration");

  private static final List<String> QUERY_NAMES =
      List.of(
          "from",
          "until",
          "page",
          "user_ids[]",
          "limit",
          "offset",
          "owner",
          "USER_ID",
          "TIME",
          "auth",
          "LAT",
          "startDate");

  /** One operator: its name and what it does to a request. */
  private record Operator(String name, BiFunction<FuzzRequest, SplittableRandom, FuzzRequest> op) {}

  private static final List<Operator> OPERATORS =
      List.of(
          new Operator("bit flips", Mutations::flipBits),
          new Operator("hostile number", Mutations::hostileNumber),
          new Operator("hostile number", Mutations::hostileNumber),
          new Operator("hostile text", Mutations::hostileText),
          new Operator("hostile text", Mutations::hostileText),
          new Operator("hostile value", Mutations::hostileValue),
          new Operator("hostile field", Mutations::hostileField),
          new Operator("deep nesting", Mutations::deepNesting),
          new Operator("invalid UTF-8", Mutations::invalidUtf8),
          new Operator("NUL", Mutations::nul),
          new Operator("lone surrogate", Mutations::loneSurrogate),
          new Operator("long string", Mutations::longString),
          new Operator("long URL", Mutations::longUrl),
          new Operator("long header", Mutations::longHeader),
          new Operator("many headers", Mutations::manyHeaders),
          new Operator("oversized body", Mutations::oversizedBody),
          new Operator("content type", Mutations::contentType),
          new Operator("method", Mutations::method),
          new Operator("credentials", Mutations::credentials),
          new Operator("credentials", Mutations::credentials),
          new Operator("query value", Mutations::queryValue),
          new Operator("query value", Mutations::queryValue),
          new Operator("path segment", Mutations::pathSegment),
          new Operator("batch", Mutations::batch),
          new Operator("truncated", Mutations::truncate));

  private Mutations() {}

  /** The request with one to three mutations, or (now and then) as it was. */
  static FuzzRequest mutate(FuzzRequest valid, SplittableRandom random) {
    if (random.nextInt(12) == 0) {
      return valid.noted("none");
    }
    FuzzRequest request = valid;
    int count = 1 + (random.nextInt(4) == 0 ? random.nextInt(3) : 0);
    for (int i = 0; i < count; i++) {
      Operator operator = OPERATORS.get(random.nextInt(OPERATORS.size()));
      request = operator.op().apply(request, random).noted(operator.name());
    }
    return request;
  }

  private static <T> T pick(List<T> from, SplittableRandom random) {
    return from.get(random.nextInt(from.size()));
  }

  private static FuzzRequest flipBits(FuzzRequest request, SplittableRandom random) {
    byte[] body = request.body().length == 0 ? randomBytes(random, 16) : request.body().clone();
    int flips = 1 + random.nextInt(8);
    for (int i = 0; i < flips; i++) {
      int at = random.nextInt(body.length);
      body[at] ^= (byte) (1 << random.nextInt(8));
    }
    return request.withBody(body);
  }

  private static byte[] randomBytes(SplittableRandom random, int length) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) random.nextInt(256);
    }
    return bytes;
  }

  private static FuzzRequest hostileNumber(FuzzRequest request, SplittableRandom random) {
    return replaceValue(request, random, pick(HOSTILE_NUMBERS, random));
  }

  private static FuzzRequest hostileText(FuzzRequest request, SplittableRandom random) {
    return replaceValue(request, random, "\"" + pick(HOSTILE_TEXTS, random) + "\"");
  }

  private static FuzzRequest hostileValue(FuzzRequest request, SplittableRandom random) {
    return replaceValue(request, random, pick(HOSTILE_VALUES, random));
  }

  /**
   * A JSON value of the body (a form's value, for a form; the target's query when there is no body)
   * replaced by the literal given.
   */
  private static FuzzRequest replaceValue(
      FuzzRequest request, SplittableRandom random, String literal) {
    String body = request.bodyText();
    if (body.isEmpty()) {
      return replaceQueryValue(request, random, unquoted(literal));
    }
    if (!body.trim().startsWith("{") && !body.trim().startsWith("[")) {
      return request.withBody(replaceFormValue(body, random, unquoted(literal)).getBytes(UTF8));
    }
    java.util.List<int[]> spans = JsonValues.spans(body);
    if (spans.isEmpty()) {
      return request;
    }
    int[] span = spans.get(random.nextInt(spans.size()));
    return request.withBody(
        (body.substring(0, span[0]) + literal + body.substring(span[1])).getBytes(UTF8));
  }

  private static String unquoted(String literal) {
    return literal.startsWith("\"") && literal.endsWith("\"") && literal.length() >= 2
        ? literal.substring(1, literal.length() - 1)
        : literal;
  }

  private static String replaceFormValue(String form, SplittableRandom random, String value) {
    String[] pairs = form.split("&", -1);
    int at = random.nextInt(pairs.length);
    int equals = pairs[at].indexOf('=');
    pairs[at] = (equals < 0 ? pairs[at] : pairs[at].substring(0, equals)) + "=" + value;
    return String.join("&", pairs);
  }

  private static FuzzRequest hostileField(FuzzRequest request, SplittableRandom random) {
    String name = pick(FIELD_NAMES, random);
    String value =
        random.nextBoolean()
            ? pick(HOSTILE_NUMBERS, random)
            : "\"" + pick(HOSTILE_TEXTS, random) + "\"";
    String body = request.bodyText();
    int brace = body.indexOf('{');
    if (brace < 0) {
      return request
          .withBody(("{\"" + name + "\": " + value + "}").getBytes(UTF8))
          .withHeader("Content-Type", ValidRequests.JSON);
    }
    String field =
        "\"" + name + "\": " + value + (body.indexOf('}', brace) == brace + 1 ? "" : ",");
    return request.withBody(
        (body.substring(0, brace + 1) + field + body.substring(brace + 1)).getBytes(UTF8));
  }

  private static FuzzRequest deepNesting(FuzzRequest request, SplittableRandom random) {
    int depth = random.nextBoolean() ? 10_000 : 500 + random.nextInt(3000);
    String body;
    switch (random.nextInt(4)) {
      case 0:
        body = "[".repeat(depth);
        break;
      case 1:
        body = "[".repeat(depth) + "]".repeat(depth);
        break;
      case 2:
        body = "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
        break;
      default:
        String valid = request.bodyText();
        java.util.List<int[]> spans = JsonValues.spans(valid);
        String deep = "[".repeat(depth) + "1" + "]".repeat(depth);
        if (spans.isEmpty()) {
          body = deep;
        } else {
          int[] span = spans.get(random.nextInt(spans.size()));
          body = valid.substring(0, span[0]) + deep + valid.substring(span[1]);
        }
    }
    return request.withBody(body.getBytes(UTF8));
  }

  private static FuzzRequest invalidUtf8(FuzzRequest request, SplittableRandom random) {
    byte[] broken = BROKEN_UTF8[random.nextInt(BROKEN_UTF8.length)];
    if (request.body().length == 0 || random.nextInt(4) == 0) {
      String encoded = percentEncoded(broken);
      return replaceQueryValue(request, random, encoded);
    }
    return request.withBody(insert(request.body(), insideAString(request, random), broken));
  }

  private static String percentEncoded(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    for (byte b : bytes) {
      out.append(String.format("%%%02X", b & 0xff));
    }
    return out.toString();
  }

  private static FuzzRequest nul(FuzzRequest request, SplittableRandom random) {
    if (request.body().length == 0) {
      return replaceQueryValue(request, random, "a%00b");
    }
    byte[] nul = random.nextBoolean() ? new byte[] {0} : "\\u0000".getBytes(UTF8);
    return request.withBody(insert(request.body(), insideAString(request, random), nul));
  }

  private static FuzzRequest loneSurrogate(FuzzRequest request, SplittableRandom random) {
    if (request.body().length == 0) {
      return replaceQueryValue(request, random, "%ED%A0%80");
    }
    String escape = pick(List.of("\\ud800", "\\udc00", "\\ud800\\u0041", "\\udbff\\udbff"), random);
    return request.withBody(
        insert(request.body(), insideAString(request, random), escape.getBytes(UTF8)));
  }

  /** Just after the opening quote of a string value of the body, else anywhere. */
  private static int insideAString(FuzzRequest request, SplittableRandom random) {
    String body = request.bodyText();
    java.util.List<int[]> strings = new ArrayList<>();
    for (int[] span : JsonValues.spans(body)) {
      if (body.charAt(span[0]) == '"') {
        strings.add(span);
      }
    }
    if (strings.isEmpty() || body.length() != request.body().length) {
      // Not plain ASCII JSON (or no strings): byte offsets and char offsets differ, go anywhere.
      return random.nextInt(request.body().length + 1);
    }
    return strings.get(random.nextInt(strings.size()))[0] + 1;
  }

  private static byte[] insert(byte[] into, int at, byte[] what) {
    byte[] out = Arrays.copyOf(into, into.length + what.length);
    System.arraycopy(what, 0, out, at, what.length);
    System.arraycopy(into, at, out, at + what.length, into.length - at);
    return out;
  }

  private static FuzzRequest longString(FuzzRequest request, SplittableRandom random) {
    int length = random.nextBoolean() ? 100_000 : 1 + random.nextInt(300_000);
    String text = random.nextBoolean() ? "x".repeat(length) : "😀".repeat(length / 4 + 1);
    return replaceValue(request, random, "\"" + text + "\"");
  }

  private static FuzzRequest longUrl(FuzzRequest request, SplittableRandom random) {
    int length = random.nextBoolean() ? 100_000 : 1 + random.nextInt(20_000);
    String target = request.target();
    if (random.nextBoolean()) {
      return request.withTarget(
          target + (target.contains("?") ? "&" : "?") + "x=" + "a".repeat(length));
    }
    return request.withTarget(
        target.replaceFirst("/[^/?]*(\\?|$)", "/" + "b".repeat(length) + "$1"));
  }

  private static FuzzRequest longHeader(FuzzRequest request, SplittableRandom random) {
    int length = random.nextBoolean() ? 100_000 : 1 + random.nextInt(16_000);
    return random.nextBoolean()
        ? request.withHeader("X-Long", "v".repeat(length))
        : request.withHeader("Authorization", "Bearer wt_" + "t".repeat(length));
  }

  private static FuzzRequest manyHeaders(FuzzRequest request, SplittableRandom random) {
    int count = 100 + random.nextInt(3000);
    List<Tuple2<String, String>> headers = request.headers();
    for (int i = 0; i < count; i++) {
      headers = headers.append(new Tuple2<>("X-Many-" + i, "value " + i));
    }
    return request.withHeaders(headers);
  }

  private static FuzzRequest oversizedBody(FuzzRequest request, SplittableRandom random) {
    int length = (1 << 20) + 1 + random.nextInt(1 << 18);
    byte[] body = new byte[length];
    Arrays.fill(body, (byte) (random.nextBoolean() ? '[' : 'a'));
    if (random.nextBoolean()) {
      byte[] start = "{\"REPORT\": \"".getBytes(UTF8);
      System.arraycopy(start, 0, body, 0, start.length);
      body[length - 2] = '"';
      body[length - 1] = '}';
    }
    return request.withBody(body);
  }

  private static FuzzRequest contentType(FuzzRequest request, SplittableRandom random) {
    return random.nextInt(5) == 0
        ? request.withHeader("Content-Type", null)
        : request.withHeader("Content-Type", pick(CONTENT_TYPES, random));
  }

  private static FuzzRequest method(FuzzRequest request, SplittableRandom random) {
    return request.withMethod(pick(METHODS, random));
  }

  private static FuzzRequest credentials(FuzzRequest request, SplittableRandom random) {
    String target = request.target().replaceAll("auth=[^&]*", "auth=" + badToken(random));
    FuzzRequest changed = request.withTarget(target);
    switch (random.nextInt(4)) {
      case 0:
        return changed.withHeader("Authorization", null);
      case 1:
        return changed.withHeader("Authorization", "Bearer " + badToken(random));
      case 2:
        return changed.withHeader(
            "Authorization", pick(List.of("Bearer", "Bearer ", "Basic !!!", "Basic Og=="), random));
      default:
        return changed.withHeader("Authorization", "Basic " + badToken(random));
    }
  }

  private static String badToken(SplittableRandom random) {
    return pick(
        List.of(
            "",
            "wt_bogus",
            "wt_00000000000000000000000000000000.secret",
            "wt_.",
            "wt_" + "9".repeat(200),
            "%00",
            "%ZZ",
            "\u00ff\u00fe"),
        random);
  }

  private static FuzzRequest queryValue(FuzzRequest request, SplittableRandom random) {
    return replaceQueryValue(request, random, pick(HOSTILE_QUERY_VALUES, random));
  }

  /** A value of the target's query replaced, or a known parameter added with that value. */
  private static FuzzRequest replaceQueryValue(
      FuzzRequest request, SplittableRandom random, String value) {
    String target = request.target();
    int question = target.indexOf('?');
    if (question < 0 || random.nextInt(3) == 0) {
      return request.withTarget(
          target
              + (question < 0 ? "?" : "&")
              + pick(QUERY_NAMES, random)
              + "="
              + value.replace(" ", "+"));
    }
    String query = target.substring(question + 1);
    return request.withTarget(
        target.substring(0, question + 1)
            + replaceFormValue(query, random, value.replace(" ", "+")));
  }

  private static FuzzRequest pathSegment(FuzzRequest request, SplittableRandom random) {
    String target = request.target();
    int question = target.indexOf('?');
    String path = question < 0 ? target : target.substring(0, question);
    String rest = question < 0 ? "" : target.substring(question);
    String[] segments = path.split("/", -1);
    if (segments.length < 2) {
      return request;
    }
    int at = 1 + random.nextInt(segments.length - 1);
    String value = pick(HOSTILE_QUERY_VALUES, random);
    String segment = segments[at];
    segments[at] = segment.endsWith(".json") ? value + ".json" : value;
    return request.withTarget(String.join("/", segments) + rest);
  }

  private static FuzzRequest batch(FuzzRequest request, SplittableRandom random) {
    String body = request.bodyText();
    if (body.isEmpty()) {
      return request;
    }
    int copies = 1 + random.nextInt(random.nextInt(10) == 0 ? 100 : 10);
    StringBuilder batch = new StringBuilder("[");
    for (int i = 0; i < copies; i++) {
      batch.append(i == 0 ? "" : ",").append(body);
    }
    return request.withBody(batch.append(']').toString().getBytes(UTF8));
  }

  private static FuzzRequest truncate(FuzzRequest request, SplittableRandom random) {
    byte[] body = request.body();
    if (body.length == 0) {
      return request;
    }
    return request.withBody(Arrays.copyOf(body, random.nextInt(body.length)));
  }

  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

  /** Finds the values (not the names) of a JSON text, roughly: enough to replace one. */
  static final class JsonValues {

    private JsonValues() {}

    /** The [start, end) of each string, number or literal that is not an object's name. */
    static java.util.List<int[]> spans(String json) {
      java.util.List<int[]> spans = new ArrayList<>();
      int i = 0;
      while (i < json.length()) {
        char c = json.charAt(i);
        if (c == '"') {
          int end = i + 1;
          while (end < json.length() && json.charAt(end) != '"') {
            end += json.charAt(end) == '\\' ? 2 : 1;
          }
          end = Math.min(end + 1, json.length());
          int next = end;
          while (next < json.length() && Character.isWhitespace(json.charAt(next))) {
            next++;
          }
          if (next >= json.length() || json.charAt(next) != ':') {
            spans.add(new int[] {i, end});
          }
          i = end;
        } else if (c == '-' || Character.isDigit(c) || c == 't' || c == 'f' || c == 'n') {
          int end = i + 1;
          while (end < json.length() && "0123456789.eE+-truefalsn".indexOf(json.charAt(end)) >= 0) {
            end++;
          }
          spans.add(new int[] {i, end});
          i = end;
        } else {
          i++;
        }
      }
      return spans;
    }
  }
}
