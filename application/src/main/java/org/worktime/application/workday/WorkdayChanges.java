package org.worktime.application.workday;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import org.worktime.application.Access;
import org.worktime.application.Actor;
import org.worktime.application.Journal;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.application.port.AuditEntry;
import org.worktime.application.port.OfficeNetworks;
import org.worktime.application.port.PolicyStore;
import org.worktime.application.port.Snapshot;
import org.worktime.application.port.Transactions;
import org.worktime.application.port.Versioned;
import org.worktime.application.port.WorkdayStore;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.id.IdGenerator;
import org.worktime.domain.place.Origin;
import org.worktime.domain.policy.SchedulePolicy;
import org.worktime.domain.text.Note;
import org.worktime.domain.workday.Action;
import org.worktime.domain.workday.Transition;
import org.worktime.domain.workday.Workday;
import org.worktime.domain.workday.WorkdayError;

/**
 * The one path every workday change takes: in one transaction, answer a retried idempotency key
 * with its first result, find the day and its employee in the actor's tenant, check the actor's
 * right, let the domain decide, store the new state (optimistically, by version), append the audit
 * entry, and remember the idempotency key. Any refusal rolls all of it back.
 */
public final class WorkdayChanges {

  /** What the domain is asked, given everything the change found. */
  @FunctionalInterface
  interface Decision {
    Either<WorkdayError, ? extends Transition<? extends Workday>> decide(Situation situation);
  }

  /** The facts a decision works on. */
  record Situation(
      Actor actor, Employee employee, SchedulePolicy policy, Option<Workday> day, Instant now) {}

  /** Whether the actor must be a reviewer (manager or admin) or may act on their own days. */
  enum Right {
    OWN_DAYS_OR_MANAGER,
    REVIEWER
  }

  private record Found(Employee employee, SchedulePolicy policy, Option<Versioned<Workday>> day) {}

  private final WorkdayStore workdays;
  private final PolicyStore policies;
  private final OfficeNetworks offices;
  private final Journal journal;
  private final Transactions transactions;
  private final Access access;
  private final Clock clock;
  private final IdGenerator ids;

  public WorkdayChanges(
      WorkdayStore workdays,
      PolicyStore policies,
      OfficeNetworks offices,
      Journal journal,
      Transactions transactions,
      Access access,
      Clock clock,
      IdGenerator ids) {
    this.workdays = workdays;
    this.policies = policies;
    this.offices = offices;
    this.journal = journal;
    this.transactions = transactions;
    this.access = access;
    this.clock = clock;
    this.ids = ids;
  }

  IdGenerator ids() {
    return ids;
  }

  /**
   * The origin of an open or close placed inside or outside the employee's company's office
   * networks as they are now, read in the change's transaction; only when its address is known.
   */
  Origin placed(Situation situation, Origin origin) {
    return origin.ip().isEmpty()
        ? origin
        : origin.placedAmong(offices.of(situation.employee().tenant()));
  }

  /**
   * Applies one change.
   *
   * @param payload the command without its request, whose text makes the idempotency fingerprint
   */
  Either<Refusal, WorkdayView> apply(
      Request request,
      DayRef target,
      Action action,
      Right right,
      Option<Note> reason,
      Object payload,
      Decision decision) {
    String fingerprint = action + " " + target + " " + payload;
    return transactions.inTransaction(
        () -> {
          Instant now = clock.instant();
          return replayed(request, fingerprint, action, right)
              .getOrElse(
                  () -> change(request, target, action, right, reason, fingerprint, decision, now));
        });
  }

  private Option<Either<Refusal, WorkdayView>> replayed(
      Request request, String fingerprint, Action action, Right right) {
    return journal
        .replayed(request, fingerprint)
        .map(entry -> entry.flatMap(first -> firstResult(request.actor(), first, action, right)));
  }

  /**
   * A retry answers the day as the first request left it, at the instant it did; only to an actor
   * who may make the request, since keys are shared by the whole tenant.
   */
  private Either<Refusal, WorkdayView> firstResult(
      Actor actor, AuditEntry entry, Action action, Right right) {
    return entry
        .after()
        .filter(Snapshot.OfWorkday.class::isInstance)
        .map(after -> ((Snapshot.OfWorkday) after).workday())
        .toEither(() -> (Refusal) new Refusal.NotFound("first result", entry.id().toString()))
        .flatMap(
            day ->
                access
                    .find(actor, day.employee())
                    .flatMap(
                        employee ->
                            policyOf(employee)
                                .map(policy -> new Found(employee, policy, Option.none())))
                    .flatMap(found -> permitted(actor, found, right, words(action)))
                    .map(found -> WorkdayView.of(day, found.policy(), entry.at())));
  }

  private static String words(Action action) {
    return action.name().toLowerCase().replace('_', ' ');
  }

  private Either<Refusal, WorkdayView> change(
      Request request,
      DayRef target,
      Action action,
      Right right,
      Option<Note> reason,
      String fingerprint,
      Decision decision,
      Instant now) {
    Actor actor = request.actor();
    return find(actor, target)
        .flatMap(found -> permitted(actor, found, right, words(action)))
        .flatMap(
            found ->
                decision
                    .decide(
                        new Situation(
                            actor,
                            found.employee(),
                            found.policy(),
                            found.day().map(Versioned::value),
                            now))
                    .<Refusal>mapLeft(Refusal.WorkdayRefused::new)
                    .flatMap(transition -> store(found, transition.workday()))
                    .flatMap(
                        after -> {
                          Option<Workday> before =
                              found
                                  .day()
                                  .map(Versioned::value)
                                  .filter(day -> day.id().equals(after.id()));
                          AuditEntry entry =
                              new AuditEntry(
                                  ids.next(),
                                  actor.tenant(),
                                  after.id().value(),
                                  actor.employee(),
                                  now,
                                  action.name(),
                                  before.map(Snapshot.OfWorkday::new),
                                  Option.some(new Snapshot.OfWorkday(after)),
                                  reason,
                                  request.channel(),
                                  request.address());
                          return journal
                              .record(request, fingerprint, entry)
                              .map(ok -> WorkdayView.of(after, found.policy(), now));
                        }));
  }

  private Either<Refusal, Found> find(Actor actor, DayRef target) {
    if (target instanceof DayRef.LatestOf latest) {
      return access
          .find(actor, latest.employee())
          .flatMap(
              employee ->
                  policyOf(employee)
                      .map(
                          policy ->
                              new Found(
                                  employee,
                                  policy,
                                  workdays.latestOf(actor.tenant(), employee.id()))));
    }
    DayRef.ById byId = (DayRef.ById) target;
    return workdays
        .find(actor.tenant(), byId.workday())
        .toEither(() -> (Refusal) new Refusal.NotFound("workday", byId.workday().toString()))
        .flatMap(
            day ->
                access
                    .find(actor, day.value().employee())
                    .flatMap(
                        employee ->
                            policyOf(employee)
                                .map(policy -> new Found(employee, policy, Option.some(day)))));
  }

  private Either<Refusal, Found> permitted(Actor actor, Found found, Right right, String words) {
    return right == Right.REVIEWER
        ? access.mayReview(actor, words).map(ok -> found)
        : access.mayActOn(actor, found.employee(), words + " the workday of").map(ok -> found);
  }

  private Either<Refusal, SchedulePolicy> policyOf(Employee employee) {
    return policies
        .find(employee.tenant(), employee.policy())
        .toEither(() -> new Refusal.NotFound("schedule policy", employee.policy().toString()));
  }

  private Either<Refusal, Workday> store(Found found, Workday after) {
    Option<Versioned<Workday>> same =
        found.day().filter(day -> day.value().id().equals(after.id()));
    Either<Refusal.Conflict, Long> stored =
        same.isDefined() ? workdays.update(after, same.get().version()) : workdays.insert(after);
    return stored.<Refusal>mapLeft(conflict -> conflict).map(version -> after);
  }
}
