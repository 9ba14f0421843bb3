package org.worktime.adapters.rest.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.vavr.control.Either;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a request's parameters from its query string and its body (JSON object or form), within a
 * size limit, as UTF-8 that must be valid: text is never guessed or repaired. Every failure is a
 * {@link Problem}, never an exception.
 */
public final class RequestReader {

  /** How many bodies' worth of an oversized request are read and dropped before the answer. */
  private static final long DRAINED_BODIES = 4;

  private final long maxBodyBytes;

  public RequestReader(long maxBodyBytes) {
    this.maxBodyBytes = maxBodyBytes;
  }

  /**
   * The request's media type as sent, in lower case, without its parameters ({@code
   * application/json}); empty when there is none. Read from the header itself: the servlet's
   * reading looks the charset up and throws on a name that is no charset's ({@code charset=ÿ}).
   */
  public static String mediaType(Context ctx) {
    String header = ctx.header("Content-Type");
    return header == null ? "" : header.toLowerCase(Locale.ROOT).split(";", 2)[0].trim();
  }

  public Either<Problem, Parameters> parameters(Context ctx) {
    return form(ctx.queryString() == null ? "" : ctx.queryString())
        .flatMap(query -> body(ctx).flatMap(body -> query.and(body)));
  }

  /**
   * The request's parameters (query string and body) bound to the operation's DTO and checked
   * against its constraints, fields it does not have ignored: see {@link RequestBinding}.
   */
  public <T> Either<Problem, T> input(Context ctx, Class<T> type) {
    return parameters(ctx).flatMap(parameters -> RequestBinding.bind(parameters, type));
  }

  /**
   * The query string's pairs in order, a name allowed more than once (Staffomatic's {@code
   * user_ids[]=1&user_ids[]=2}); decoded as UTF-8 like {@link #parameters}.
   */
  public Either<Problem, io.vavr.collection.List<io.vavr.Tuple2<String, String>>> queryPairs(
      Context ctx) {
    String text = ctx.queryString() == null ? "" : ctx.queryString();
    io.vavr.collection.List<io.vavr.Tuple2<String, String>> pairs = io.vavr.collection.List.empty();
    for (String pair : text.split("&", -1)) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      Either<Problem, String> name = decode(equals < 0 ? pair : pair.substring(0, equals));
      Either<Problem, String> value = decode(equals < 0 ? "" : pair.substring(equals + 1));
      if (name.isLeft()) {
        return Either.left(name.getLeft());
      }
      if (value.isLeft()) {
        return Either.left(value.getLeft());
      }
      pairs = pairs.append(io.vavr.Tuple.of(name.get(), value.get()));
    }
    return Either.right(pairs);
  }

  /** The query string alone, decoded as UTF-8 like {@link #parameters}; the body is not read. */
  public Either<Problem, Parameters> queryParameters(Context ctx) {
    return form(ctx.queryString() == null ? "" : ctx.queryString());
  }

  /** The body alone, without the query string (JSON object or form). */
  public Either<Problem, Parameters> bodyParameters(Context ctx) {
    return body(ctx);
  }

  /**
   * The body as one JSON value, nested objects and arrays kept (a resource's representation),
   * within the size limit and as strict UTF-8 JSON; an empty body is a problem.
   */
  public Either<Problem, JsonNode> json(Context ctx) {
    return bytes(ctx)
        .flatMap(
            bytes ->
                bytes.length == 0
                    ? Either.left(
                        new Problem.Malformed("the body is empty; a JSON object is needed"))
                    : Json.read(bytes));
  }

  private Either<Problem, Parameters> body(Context ctx) {
    return bytes(ctx)
        .flatMap(
            bytes -> {
              if (bytes.length == 0) {
                return Either.right(Parameters.empty());
              }
              String type = mediaType(ctx);
              if (type.contains("json")) {
                return Json.read(bytes).flatMap(RequestReader::fromJson);
              }
              if (type.startsWith("application/x-www-form-urlencoded")) {
                return utf8(bytes).flatMap(RequestReader::form);
              }
              if (type.isEmpty() || type.startsWith("text/plain")) {
                return looksLikeJson(bytes)
                    ? Json.read(bytes).flatMap(RequestReader::fromJson)
                    : utf8(bytes).flatMap(RequestReader::form);
              }
              return Either.left(
                  new Problem.Malformed(
                      "the body must be JSON or application/x-www-form-urlencoded"));
            });
  }

  private Either<Problem, byte[]> bytes(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try (InputStream in = ctx.req().getInputStream()) {
      if (declared > maxBodyBytes) {
        return tooLarge(in, buffer);
      }
      int read;
      while ((read = in.read(buffer)) != -1) {
        out.write(buffer, 0, read);
        if (out.size() > maxBodyBytes) {
          return tooLarge(in, buffer);
        }
      }
    } catch (IOException unreadable) {
      return Either.left(new Problem.Malformed("the body could not be read"));
    }
    return Either.right(out.toByteArray());
  }

  /**
   * Reads and drops what the client is still sending (up to a few times the limit) before the 413
   * is answered: a client that is still writing its body would otherwise see the connection reset
   * instead of the answer. Beyond that bound the connection is simply closed.
   */
  private Either<Problem, byte[]> tooLarge(InputStream in, byte[] buffer) throws IOException {
    long budget = DRAINED_BODIES * maxBodyBytes;
    int read;
    while (budget > 0 && (read = in.read(buffer)) != -1) {
      budget -= read;
    }
    return Either.left(new Problem.TooLarge(maxBodyBytes));
  }

  private static boolean looksLikeJson(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return b == '{' || b == '[';
      }
    }
    return false;
  }

  private static Either<Problem, Parameters> fromJson(JsonNode node) {
    if (!node.isObject()) {
      return Either.left(new Problem.Malformed("the JSON body must be an object"));
    }
    Either<Problem, Parameters> result = Either.right(Parameters.empty());
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext() && result.isRight()) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode value = field.getValue();
      String name = field.getKey();
      if (value.isNull()) {
        continue;
      }
      if (value.isContainerNode()) {
        result = result.flatMap(p -> p.with(name, value));
      } else if (value.isNumber()) {
        result = result.flatMap(p -> p.with(name, value.decimalValue().toPlainString()));
      } else {
        result = result.flatMap(p -> p.with(name, value.asText()));
      }
    }
    return result;
  }

  /** {@code application/x-www-form-urlencoded}, as UTF-8; bad escapes are a problem. */
  public static Either<Problem, Parameters> form(String text) {
    Either<Problem, Parameters> result = Either.right(Parameters.empty());
    if (text.isEmpty()) {
      return result;
    }
    for (String pair : text.split("&", -1)) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String rawName = equals < 0 ? pair : pair.substring(0, equals);
      String rawValue = equals < 0 ? "" : pair.substring(equals + 1);
      result =
          result.flatMap(
              p -> decode(rawName).flatMap(name -> decode(rawValue).flatMap(v -> p.with(name, v))));
      if (result.isLeft()) {
        return result;
      }
    }
    return result;
  }

  private static Either<Problem, String> decode(String raw) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '+') {
        out.write(' ');
      } else if (c == '%') {
        if (i + 2 >= raw.length()) {
          return Either.left(new Problem.Malformed("a percent escape is cut short"));
        }
        int high = Character.digit(raw.charAt(i + 1), 16);
        int low = Character.digit(raw.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          return Either.left(new Problem.Malformed("a percent escape is not two hex digits"));
        }
        out.write(high * 16 + low);
        i += 2;
      } else if (c > 0x7f) {
        byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < raw.length()) {
          bytes = raw.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        out.write(bytes, 0, bytes.length);
      } else {
        out.write(c);
      }
    }
    return utf8(out.toByteArray());
  }

  private static Either<Problem, String> utf8(byte[] bytes) {
    try {
      return Either.right(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException broken) {
      return Either.left(new Problem.Malformed("the text is not valid UTF-8"));
    }
  }
}
