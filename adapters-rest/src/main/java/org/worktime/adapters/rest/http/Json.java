package org.worktime.adapters.rest.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * JSON in and out, UTF-8 only. Reading is strict (duplicate keys, trailing tokens and malformed
 * text are problems, never exceptions) and bounded: every number's text is held to {@link Bounds}
 * before the tree, and with it any {@link java.math.BigDecimal}, is built, and a number out of
 * range is named by its path; nesting deeper than Jackson's limit (1000) is malformed. Writing
 * keeps the order of the maps it is given and writes every character, emoji included, as its UTF-8
 * bytes.
 */
public final class Json {

  public static final String CONTENT_TYPE = "application/json; charset=utf-8";

  /** RFC 9457 problem details, in UTF-8. */
  public static final String PROBLEM_CONTENT_TYPE = "application/problem+json; charset=utf-8";

  /** Set on a request once it has an answer, so that no fallback overwrites it. */
  public static final String ANSWERED = "worktime.answered";

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          // A number's text as sent: 7.50 stays 7.50 where a dialect reads it as text.
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          // Without it Jackson 2 writes a character beyond the BMP (an emoji) as two escaped
          // surrogates: valid JSON, but not the UTF-8 bytes the client sent.
          .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
          .build();

  /**
   * Reads tokens only, for {@link #outOfRange}: no length limit of its own on a number's text, so
   * that the number is named by the bounds' check rather than refused as malformed JSON.
   */
  private static final JsonFactory SCANNER =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder().maxNumberLength(Integer.MAX_VALUE).build())
          .build();

  private Json() {}

  public static Either<Problem, JsonNode> read(byte[] utf8) {
    try {
      Option<Problem> outOfRange = outOfRange(utf8);
      if (outOfRange.isDefined()) {
        return Either.left(outOfRange.get());
      }
      JsonNode node = MAPPER.readTree(utf8);
      return node == null || node.isMissingNode()
          ? Either.left(new Problem.Malformed("the JSON body is empty"))
          : Either.right(node);
    } catch (JsonProcessingException malformed) {
      return Either.left(new Problem.Malformed("the body is not valid JSON"));
    } catch (IOException unreadable) {
      return Either.left(new Problem.Malformed("the body could not be read"));
    }
  }

  /** The first number whose text is out of {@link Bounds}, named by its path; none if none is. */
  private static Option<Problem> outOfRange(byte[] utf8) throws IOException {
    try (JsonParser parser = SCANNER.createParser(utf8)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token.isNumeric()) {
          Option<String> why = Bounds.number(parser.getText());
          if (why.isDefined()) {
            String path = RequestBinding.path(parser.getParsingContext());
            return Option.some(
                Problem.InvalidInput.of(
                    path.isEmpty() ? "body" : path, why.get(), Violation.Kind.INVALID));
          }
        }
      }
    }
    return Option.none();
  }

  /** The body as {@link #write} would write it, as a tree (to look into an earlier answer). */
  public static JsonNode tree(Object body) {
    return MAPPER.valueToTree(body);
  }

  public static byte[] write(Object body) {
    try {
      return MAPPER.writeValueAsBytes(body);
    } catch (JsonProcessingException impossible) {
      throw new UncheckedIOException(impossible);
    }
  }

  /** Writes the answer in its media type, {@code application/json; charset=utf-8} by default. */
  public static void send(Context ctx, Answer answer) {
    ctx.attribute(ANSWERED, Boolean.TRUE);
    ctx.status(answer.status());
    ctx.contentType(answer.contentType());
    ctx.result(write(answer.body()));
  }
}
