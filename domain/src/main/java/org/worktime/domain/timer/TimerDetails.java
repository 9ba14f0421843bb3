package org.worktime.domain.timer;

import io.vavr.control.Option;
import java.util.Objects;
import org.worktime.domain.text.Note;

/**
 * What a task timer is about: the account it is booked to, the owner's comment, the task's key in
 * another system and its name (TimeClock {@code name}). All optional, because every dialect makes
 * them optional; none of them takes part in any rule, so they travel together unchanged from start
 * to stop.
 */
public record TimerDetails(
    Option<AccountId> account,
    Option<Note> comment,
    Option<ExternalId> externalId,
    Option<Note> name) {

  private static final TimerDetails NONE =
      new TimerDetails(Option.none(), Option.none(), Option.none(), Option.none());

  public TimerDetails {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(comment, "comment");
    Objects.requireNonNull(externalId, "externalId");
    Objects.requireNonNull(name, "name");
  }

  /** A timer about nothing in particular: the owner only wants to measure time. */
  public static TimerDetails none() {
    return NONE;
  }

  public TimerDetails withAccount(AccountId value) {
    return new TimerDetails(Option.some(value), comment, externalId, name);
  }

  public TimerDetails withComment(Note value) {
    return new TimerDetails(account, Option.some(value), externalId, name);
  }

  public TimerDetails withExternalId(ExternalId value) {
    return new TimerDetails(account, comment, Option.some(value), name);
  }

  public TimerDetails withName(Note value) {
    return new TimerDetails(account, comment, externalId, Option.some(value));
  }
}
