package org.worktime.application;

import org.worktime.domain.ValueError;
import org.worktime.domain.employee.Role;
import org.worktime.domain.timer.TimerError;
import org.worktime.domain.workday.WorkdayError;

/**
 * Why the engine said no, as a value. Each adapter maps these to its dialect's error shape: the
 * domain's own refusals keep their typed records inside.
 */
public sealed interface Refusal {

  String describe();

  /**
   * The refusal, case by case. A mapping that implements {@link Cases} says what every kind of
   * refusal becomes: a new kind adds a method there, and every mapping fails to compile until it
   * handles it, where a chain of {@code instanceof} with a last catch-all would hide it.
   */
  <R> R fold(Cases<R> cases);

  /** One method per kind of refusal. */
  interface Cases<R> {
    R workday(WorkdayRefused refused);

    R timer(TimerRefused refused);

    R invalidValue(InvalidValue refused);

    R notFound(NotFound refused);

    R unauthenticated(Unauthenticated refused);

    R credentialExpired(CredentialExpired refused);

    R forbidden(Forbidden refused);

    R conflict(Conflict refused);

    R idempotencyKeyReused(IdempotencyKeyReused refused);
  }

  /** The workday rules refused the action. */
  record WorkdayRefused(WorkdayError error) implements Refusal {
    @Override
    public <R> R fold(Cases<R> cases) {
      return cases.workday(this);
    }

    @Override
    public String describe() {
      return error.describe();
    }
  }

  /** The task timer rules refused the action. */
  record TimerRefused(TimerError error) implements Refusal {
    @Override
    public <R> R fold(Cases<R> cases) {
      return cases.timer(this);
    }

    @Override
    public String describe() {
      return error.describe();
    }
  }

  /** A value given from outside was not acceptable. */
  record InvalidValue(ValueError error) implements Refusal {
    @Override
    public <R> R fold(Cases<R> cases) {
      return cases.invalidValue(this);
    }

    @Override
    public String describe() {
      return error.describe();
    }
  }

  /** Nothing of that kind with that key exists in the caller's tenant. */
  record NotFound(String what, String key) implements Refusal {
    @Override
    public <R> R fold(Cases<R> cases) {
      return cases.notFound(this);
    }

    @Override
    public String describe() {
      return "no " + what + " " + key;
    }
  }

  /** No valid credentials: missing, unknown, revoked or expired. */
  record Unauthenticated(String reason) implements Refusal {
    @Override
    public <R> R fold(Cases<R> cases) {
      return cases.unauthenticated(this);
    }

    @Override
    public String describe() {
      return reason;
    }
  }

  /**
   * The credential was valid but its time ran out (an OAuth access token): unlike {@link
   * Unauthenticated}, a fresh one from the same client would be accepted, so clients that refresh
   * their token on this answer are right to.
   */
  record CredentialExpired(String reason) implements Refusal {
    @Override
    public <R> R fold(Cases<R> cases) {
      return cases.credentialExpired(this);
    }

    @Override
    public String describe() {
      return reason;
    }
  }

  /**
   * The caller's role does not allow the action on that subject; {@code needed} is the least role
   * that would, for interfaces that answer a missing admin's right in a shape of its own.
   */
  record Forbidden(String action, Role needed) implements Refusal {
    @Override
    public <R> R fold(Cases<R> cases) {
      return cases.forbidden(this);
    }

    @Override
    public String describe() {
      return "not allowed to " + action;
    }
  }

  /** Someone else changed the same thing first; reload and try again. */
  record Conflict(String what) implements Refusal {
    @Override
    public <R> R fold(Cases<R> cases) {
      return cases.conflict(this);
    }

    @Override
    public String describe() {
      return what + " was changed by someone else at the same time; try again";
    }
  }

  /** The idempotency key was already used for a different command. */
  record IdempotencyKeyReused(IdempotencyKey key) implements Refusal {
    @Override
    public <R> R fold(Cases<R> cases) {
      return cases.idempotencyKeyReused(this);
    }

    @Override
    public String describe() {
      return "the idempotency key '" + key.value() + "' was already used for a different request";
    }
  }
}
