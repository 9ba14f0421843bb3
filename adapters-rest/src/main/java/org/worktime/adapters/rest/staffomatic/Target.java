package org.worktime.adapters.rest.staffomatic;

import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Locale;
import org.worktime.adapters.rest.http.Answer;

/**
 * What a path under {@code /v3/} names: the account it is in, if it names one ({@code
 * /v3/<account>/work_timers.json}, as the vendor's documentation and both clients build it), and
 * the resource's segments without {@code .json}.
 *
 * <p>A path without {@code .json} is the same resource when the request asks for JSON (an {@code
 * Accept} or {@code Content-Type} of JSON, or no {@code Accept}): staffomatic.rb sends such paths
 * and its recorded traffic got 200. Any other suffix, or no suffix where something else is asked
 * for, is 415, as the vendor documents.
 */
record Target(Option<String> account, List<String> segments) {

  private static final String SUFFIX = ".json";

  /** The first segment of every resource: anything else in its place is an account. */
  static final Set<String> RESOURCES =
      io.vavr.collection.HashSet.of("work_timers", "break_timers", "users", "locations");

  /**
   * @param path the path after {@code /v3/}
   * @param asksForJson whether the request's {@code Accept} or {@code Content-Type} asks for JSON
   */
  static Either<Answer, Target> of(String path, boolean asksForJson) {
    String resource = path;
    if (path.toLowerCase(Locale.ROOT).endsWith(SUFFIX)) {
      resource = path.substring(0, path.length() - SUFFIX.length());
    } else if (!asksForJson) {
      return Either.left(
          StaffomaticErrors.unsupportedMediaType(
              "a path ends in .json, or the request asks for application/json: JSON only"));
    }
    // The PHP client asks for /users/493/.json: the resource is users/493.
    while (resource.endsWith("/")) {
      resource = resource.substring(0, resource.length() - 1);
    }
    List<String> segments = List.of(resource.split("/", -1));
    if (segments.last().contains(".")) {
      return Either.left(
          StaffomaticErrors.unsupportedMediaType("every path ends in .json: JSON only"));
    }
    if (segments.size() > 1 && !RESOURCES.contains(segments.head())) {
      return Either.right(new Target(Option.some(segments.head()), segments.tail()));
    }
    return Either.right(new Target(Option.none(), segments));
  }
}
