package org.worktime.adapters.rest.bitrix;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.worktime.adapters.rest.http.Answer;
import org.worktime.adapters.rest.http.Json;
import org.worktime.adapters.rest.http.Parameters;
import org.worktime.adapters.rest.http.Problem;
import org.worktime.adapters.rest.http.RequestReader;
import org.worktime.application.IdempotencyKey;
import org.worktime.application.Request;

/**
 * Bitrix24's {@code batch} (the vendor's {@code how-to-call-rest-api/batch.md}): {@code cmd} maps
 * names, or indexes, to {@code method?parameters}; the commands run in order, each as a call of its
 * own by the same caller, under the same rules; a later one may use an earlier one's result as
 * {@code $result[name][FIELD]...}; {@code halt} stops at the first error. The answer nests {@code
 * result}, {@code result_error}, {@code result_total}, {@code result_next} and {@code result_time}
 * in {@code result}, each keyed like {@code cmd}.
 */
final class Batch {

  static final String METHOD = "batch";

  /** The vendor's limit. */
  static final int MAX_COMMANDS = 50;

  /** A batch's idempotency key gets {@code #<position>} for each command's own key. */
  static final int MAX_KEY_LENGTH = IdempotencyKey.MAXIMUM_LENGTH - 4;

  private static final Pattern REFERENCE = Pattern.compile("\\$result((?:\\[[^\\[\\]]*\\])+)");
  private static final Pattern SEGMENT = Pattern.compile("\\[([^\\[\\]]*)\\]");

  /** The commands as given: each one's name (or index) and its text, and whether to halt. */
  record Commands(List<Tuple2<String, String>> each, boolean indexed, boolean halt) {}

  private final TimemanMethods methods;
  private final Clock clock;

  Batch(TimemanMethods methods, Clock clock) {
    this.methods = methods;
    this.clock = clock;
  }

  /**
   * {@code cmd} and {@code halt}, from a JSON body (object or array) or a form ({@code cmd[x]}).
   */
  static Either<Problem, Commands> commands(Parameters parameters) {
    return halt(parameters)
        .flatMap(
            halt ->
                parameters
                    .node("cmd")
                    .filter(JsonNode::isContainerNode)
                    .map(Batch::fromJson)
                    .getOrElse(() -> Either.right(fromForm(parameters.indexed("cmd"))))
                    .map(each -> new Commands(each, isIndexed(each), halt)));
  }

  /** The batch's result, the commands' results and errors inside. */
  Object run(Request request, Commands commands) {
    Map<String, Object> results = new LinkedHashMap<>();
    Map<String, Object> errors = new LinkedHashMap<>();
    Map<String, Object> times = new LinkedHashMap<>();
    int position = 0;
    for (Tuple2<String, String> command : commands.each()) {
      Instant start = clock.instant();
      Either<Answer, Object> outcome =
          run(commandRequest(request, position++), command._2, results);
      Instant finish = clock.instant();
      if (outcome.isLeft()) {
        errors.put(command._1, outcome.getLeft().body());
        if (commands.halt()) {
          break;
        }
      } else {
        results.put(command._1, outcome.get());
        times.put(
            command._1, new CallTime(start, finish, Duration.between(start, finish)).fields());
      }
    }
    Map<String, Object> batch = new LinkedHashMap<>();
    batch.put("result", shaped(results, commands.indexed()));
    batch.put("result_error", shaped(errors, commands.indexed()));
    batch.put("result_total", List.empty().toJavaList());
    batch.put("result_next", List.empty().toJavaList());
    batch.put("result_time", shaped(times, commands.indexed()));
    return batch;
  }

  private Either<Answer, Object> run(Request request, String text, Map<String, Object> earlier) {
    int question = text.indexOf('?');
    String name = text.substring(0, question < 0 ? text.length() : question).trim();
    String method = name.toLowerCase(Locale.ROOT).replaceFirst("\\.json$", "");
    if (method.equals(METHOD)) {
      return Either.left(BitrixErrors.nestedBatch());
    }
    Option<TimemanMethods.Method> found = methods.find(method);
    if (found.isEmpty()) {
      return Either.left(BitrixErrors.answer(new Problem.UnknownOperation(method)));
    }
    return RequestReader.form(question < 0 ? "" : text.substring(question + 1))
        .map(parameters -> parameters.mapTexts(value -> resolved(value, earlier)))
        .flatMap(parameters -> found.get().call(request, parameters))
        .mapLeft(BitrixErrors::answer);
  }

  /**
   * Each command is a call of its own: with the batch's {@code Idempotency-Key}, its own key is
   * that key and its position, so a retried batch replays every command it had done.
   */
  private static Request commandRequest(Request batch, int position) {
    return new Request(
        batch.actor(),
        batch.channel(),
        batch.address(),
        batch.idempotencyKey().map(key -> new IdempotencyKey(key.value() + "#" + position)));
  }

  /**
   * {@code $result[name][FIELD]...} replaced by that earlier result's value, as text; a reference
   * to nothing, or to an object or a list, is left as written.
   */
  private static String resolved(String value, Map<String, Object> earlier) {
    Matcher reference = REFERENCE.matcher(value);
    StringBuilder out = new StringBuilder();
    while (reference.find()) {
      Option<String> found = lookUp(reference.group(1), earlier);
      reference.appendReplacement(
          out, Matcher.quoteReplacement(found.getOrElse(reference.group())));
    }
    reference.appendTail(out);
    return out.toString();
  }

  private static Option<String> lookUp(String path, Map<String, Object> earlier) {
    Matcher segment = SEGMENT.matcher(path);
    if (!segment.find() || !earlier.containsKey(segment.group(1))) {
      return Option.none();
    }
    JsonNode node = Json.tree(earlier.get(segment.group(1)));
    while (node != null && segment.find()) {
      String step = segment.group(1);
      node =
          node.isArray() && step.matches("\\d{1,9}")
              ? node.get(Integer.parseInt(step))
              : node.get(step);
    }
    return node == null || node.isContainerNode() || node.isNull()
        ? Option.none()
        : Option.some(node.asText());
  }

  /**
   * As the vendor's PHP encodes its arrays: a list when the keys are the indexes 0, 1, 2, ... in
   * order (an empty one too), an object otherwise.
   */
  private static Object shaped(Map<String, Object> byKey, boolean indexed) {
    java.util.List<String> keys = new ArrayList<>(byKey.keySet());
    boolean list = true;
    for (int i = 0; i < keys.size() && list; i++) {
      list = keys.get(i).equals(Integer.toString(i));
    }
    return byKey.isEmpty() || (indexed && list) ? new ArrayList<>(byKey.values()) : byKey;
  }

  private static Either<Problem, List<Tuple2<String, String>>> fromJson(JsonNode cmd) {
    List<Tuple2<String, String>> each = List.empty();
    var fields = cmd.isArray() ? indexesOf(cmd) : cmd.fieldNames();
    while (fields.hasNext()) {
      String key = fields.next();
      JsonNode text = cmd.isArray() ? cmd.get(Integer.parseInt(key)) : cmd.get(key);
      if (!text.isTextual()) {
        return Either.left(
            new Problem.InvalidParameter(
                "cmd",
                "each command is a text: method?parameters, as in 'timeman.status?USER_ID=5'"));
      }
      each = each.append(Tuple.of(key, text.asText()));
    }
    return Either.right(each);
  }

  private static java.util.Iterator<String> indexesOf(JsonNode array) {
    return List.range(0, array.size()).map(i -> Integer.toString(i)).iterator();
  }

  private static List<Tuple2<String, String>> fromForm(List<Tuple2<String, JsonNode>> given) {
    return given.map(entry -> Tuple.of(entry._1, entry._2.asText()));
  }

  private static boolean isIndexed(List<Tuple2<String, String>> each) {
    return each.zipWithIndex().forAll(entry -> entry._1._1.equals(Integer.toString(entry._2)));
  }

  private static Either<Problem, Boolean> halt(Parameters parameters) {
    Option<String> given = parameters.get("halt").map(text -> text.trim().toLowerCase(Locale.ROOT));
    if (given.isEmpty() || given.exists(List.of("0", "false", "n")::contains)) {
      return Either.right(false);
    }
    if (given.exists(List.of("1", "true", "y")::contains)) {
      return Either.right(true);
    }
    return Either.left(new Problem.InvalidParameter("halt", "must be 0 or 1"));
  }
}
