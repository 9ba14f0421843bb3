package org.worktime.adapters.rest.http;

import java.util.Map;

/**
 * A problem on a path that no dialect claims ({@code /}, {@code /nothing}): {@code {"error": text}}
 * with the status its kind has in every dialect.
 */
public final class PlainAnswers implements Problem.Cases<Answer> {

  public static final PlainAnswers SHAPE = new PlainAnswers();

  private PlainAnswers() {}

  public static Answer answer(Problem problem) {
    return problem.fold(SHAPE);
  }

  @Override
  public Answer malformed(Problem.Malformed problem) {
    return plain(400, problem);
  }

  @Override
  public Answer tooLarge(Problem.TooLarge problem) {
    return plain(413, problem);
  }

  @Override
  public Answer noCredentials(Problem.NoCredentials problem) {
    return plain(401, problem);
  }

  @Override
  public Answer invalidParameter(Problem.InvalidParameter problem) {
    return plain(400, problem);
  }

  @Override
  public Answer invalidInput(Problem.InvalidInput problem) {
    return plain(400, problem);
  }

  @Override
  public Answer unsupportedMediaType(Problem.UnsupportedMediaType problem) {
    return plain(415, problem);
  }

  @Override
  public Answer unknownOperation(Problem.UnknownOperation problem) {
    return plain(404, problem);
  }

  @Override
  public Answer methodNotAllowed(Problem.MethodNotAllowed problem) {
    return plain(405, problem);
  }

  /** No engine call is made outside a dialect; should one refuse, it is the caller's request. */
  @Override
  public Answer refused(Problem.Refused problem) {
    return plain(400, problem);
  }

  @Override
  public Answer unavailable(Problem.Unavailable problem) {
    return plain(503, problem);
  }

  @Override
  public Answer unexpected(Problem.Unexpected problem) {
    return plain(500, problem);
  }

  private static Answer plain(int status, Problem problem) {
    return new Answer(status, Map.of("error", problem.describe()));
  }
}
