package org.worktime.adapters.rest.http;

import org.worktime.application.Refusal;

/**
 * Everything that can go wrong with a request, as values: the HTTP edge's own problems and the
 * engine's refusals. Each {@link org.worktime.adapters.rest.Dialect} maps all of them, in one
 * place, to its error shape.
 */
public sealed interface Problem {

  String describe();

  /**
   * The problem, case by case: a dialect's mapping implements {@link Cases}, so that a new kind of
   * problem fails to compile in every dialect until each says what it becomes.
   */
  <R> R fold(Cases<R> cases);

  /** One method per kind of problem. */
  interface Cases<R> {
    R malformed(Malformed problem);

    R tooLarge(TooLarge problem);

    R noCredentials(NoCredentials problem);

    R invalidParameter(InvalidParameter problem);

    R invalidInput(InvalidInput problem);

    R unsupportedMediaType(UnsupportedMediaType problem);

    R unknownOperation(UnknownOperation problem);

    R methodNotAllowed(MethodNotAllowed problem);

    R refused(Refused problem);

    R unavailable(Unavailable problem);

    R unexpected(Unexpected problem);
  }

  /** The body or query could not be read: bad JSON, bad percent-encoding, invalid UTF-8. */
  record Malformed(String why) implements Problem {
    @Override
    public <R> R fold(Cases<R> cases) {
      return cases.malformed(this);
    }

    @Override
    public String describe() {
      return why;
    }
  }

  /** The body is larger than the server accepts. */
  record TooLarge(long limit) implements Problem {
    @Override
    public <R> R fold(Cases<R> cases) {
      return cases.tooLarge(this);
    }

    @Override
    public String describe() {
      return "the request body is larger than " + limit + " bytes";
    }
  }

  /** No token was presented at all. */
  record NoCredentials() implements Problem {
    @Override
    public <R> R fold(Cases<R> cases) {
      return cases.noCredentials(this);
    }

    @Override
    public String describe() {
      return "no access token was given";
    }
  }

  /** A parameter is present but not of the expected form. */
  record InvalidParameter(String name, String why) implements Problem {
    @Override
    public <R> R fold(Cases<R> cases) {
      return cases.invalidParameter(this);
    }

    @Override
    public String describe() {
      return "parameter " + name + ": " + why;
    }
  }

  /**
   * A request's input breaks its DTO's constraints: fields absent, unknown, of the wrong JSON type
   * or not of the expected form, each named, in the order the DTO declares them (never empty).
   */
  record InvalidInput(io.vavr.collection.Seq<Violation> each) implements Problem {
    @Override
    public <R> R fold(Cases<R> cases) {
      return cases.invalidInput(this);
    }

    public InvalidInput {
      if (each.isEmpty()) {
        throw new IllegalArgumentException("invalid input names at least one violation");
      }
    }

    /** One field's problem, found outside a DTO's constraints. */
    public static InvalidInput of(String field, String why, Violation.Kind kind) {
      return new InvalidInput(io.vavr.collection.List.of(new Violation(field, why, kind)));
    }

    /** The first field's violation: for dialects whose errors name one field. */
    public Violation first() {
      return each.head();
    }

    @Override
    public String describe() {
      return each.map(Violation::describe).mkString("; ");
    }
  }

  /** The body is not in a media type the route reads. */
  record UnsupportedMediaType(String why) implements Problem {
    @Override
    public <R> R fold(Cases<R> cases) {
      return cases.unsupportedMediaType(this);
    }

    @Override
    public String describe() {
      return why;
    }
  }

  /** No such method or route in the dialect. */
  record UnknownOperation(String name) implements Problem {
    @Override
    public <R> R fold(Cases<R> cases) {
      return cases.unknownOperation(this);
    }

    @Override
    public String describe() {
      return "no method " + name;
    }
  }

  /** The HTTP method is not one the route takes. */
  record MethodNotAllowed(String method) implements Problem {
    @Override
    public <R> R fold(Cases<R> cases) {
      return cases.methodNotAllowed(this);
    }

    @Override
    public String describe() {
      return "the HTTP method " + method + " is not allowed here";
    }
  }

  /** The engine said no. */
  record Refused(Refusal refusal) implements Problem {
    @Override
    public <R> R fold(Cases<R> cases) {
      return cases.refused(this);
    }

    @Override
    public String describe() {
      return refusal.describe();
    }
  }

  /**
   * The store is away (an outage, not the caller's fault): try again after {@code retryAfter}. When
   * {@code outcomeUnknown}, the connection failed while the change was being committed, so it may
   * have been recorded: a retry with the same idempotency key answers what really happened.
   */
  record Unavailable(boolean outcomeUnknown, java.time.Duration retryAfter) implements Problem {
    @Override
    public <R> R fold(Cases<R> cases) {
      return cases.unavailable(this);
    }

    @Override
    public String describe() {
      return outcomeUnknown
          ? "the store became unavailable while the change was being committed, so it may or may"
              + " not have been recorded; retry with the same Idempotency-Key to learn which"
          : "the store is unavailable and nothing was recorded; try again in "
              + retryAfter.toSeconds()
              + " seconds";
    }
  }

  /** A bug: the client is told nothing more, the log has the details. */
  record Unexpected() implements Problem {
    @Override
    public <R> R fold(Cases<R> cases) {
      return cases.unexpected(this);
    }

    @Override
    public String describe() {
      return "an internal error occurred";
    }
  }
}
