package org.worktime.application.query;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.worktime.application.Access;
import org.worktime.application.Actor;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.application.port.AuditEntry;
import org.worktime.application.port.AuditLog;
import org.worktime.application.port.PolicyStore;
import org.worktime.application.port.TimerStore;
import org.worktime.application.port.Versioned;
import org.worktime.application.port.WorkdayStore;
import org.worktime.application.workday.WorkdayView;
import org.worktime.domain.id.BreakId;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.WorkdayId;
import org.worktime.domain.timer.TaskTimer;
import org.worktime.domain.workday.Workday;

/** The read side: status, history and periods. Reads need no transaction of their own. */
public final class Queries
    implements WorkdayStatusQuery,
        WorkdayHistoryQuery,
        WorkdaysInPeriodQuery,
        TimersInPeriodQuery,
        WorkdayLookupQuery {

  /**
   * No zone is further than this from UTC, so a date's days start within this of its UTC midnight.
   */
  private static final Duration WIDEST_OFFSET =
      Duration.ofSeconds(ZoneOffset.MAX.getTotalSeconds());

  private final WorkdayStore workdays;
  private final TimerStore timers;
  private final PolicyStore policies;
  private final AuditLog audit;
  private final Access access;
  private final Clock clock;

  public Queries(
      WorkdayStore workdays,
      TimerStore timers,
      PolicyStore policies,
      AuditLog audit,
      Access access,
      Clock clock) {
    this.workdays = workdays;
    this.timers = timers;
    this.policies = policies;
    this.audit = audit;
    this.access = access;
    this.clock = clock;
  }

  @Override
  public Either<Refusal, Option<WorkdayView>> statusOf(Request request, EmployeeId employee) {
    Actor actor = request.actor();
    Instant now = clock.instant();
    return access
        .find(actor, employee)
        .flatMap(found -> access.mayActOn(actor, found, "see the status of"))
        .flatMap(
            found ->
                policies
                    .find(found.tenant(), found.policy())
                    .toEither(
                        () ->
                            (Refusal)
                                new Refusal.NotFound("schedule policy", found.policy().toString()))
                    .map(
                        policy ->
                            workdays
                                .latestOf(actor.tenant(), found.id())
                                .map(day -> WorkdayView.of(day.value(), policy, now))));
  }

  @Override
  public Either<Refusal, WorkdayView> day(Request request, WorkdayId workday) {
    return seen(
        request,
        workdays
            .find(request.actor().tenant(), workday)
            .toEither(() -> new Refusal.NotFound("workday", workday.toString())));
  }

  @Override
  public Either<Refusal, WorkdayView> dayOfBreak(Request request, BreakId breakId) {
    return seen(
        request,
        workdays
            .findByBreak(request.actor().tenant(), breakId)
            .toEither(() -> new Refusal.NotFound("break", breakId.toString())));
  }

  private Either<Refusal, WorkdayView> seen(
      Request request, Either<Refusal, Versioned<Workday>> found) {
    Actor actor = request.actor();
    Instant now = clock.instant();
    return found
        .map(Versioned::value)
        .flatMap(
            day ->
                access
                    .find(actor, day.employee())
                    .flatMap(owner -> access.mayActOn(actor, owner, "see the days of"))
                    .flatMap(
                        owner ->
                            policies
                                .find(owner.tenant(), owner.policy())
                                .toEither(
                                    () ->
                                        (Refusal)
                                            new Refusal.NotFound(
                                                "schedule policy", owner.policy().toString())))
                    .map(policy -> WorkdayView.of(day, policy, now)));
  }

  @Override
  public Either<Refusal, Seq<AuditEntry>> historyOf(Request request, WorkdayId workday) {
    Actor actor = request.actor();
    return workdays
        .find(actor.tenant(), workday)
        .map(Versioned::value)
        .toEither(() -> (Refusal) new Refusal.NotFound("workday", workday.toString()))
        .flatMap(day -> access.find(actor, day.employee()))
        .flatMap(owner -> access.mayActOn(actor, owner, "read the history of"))
        .map(owner -> audit.historyOf(actor.tenant(), workday.value()));
  }

  @Override
  public Either<Refusal, Long> forEachDay(
      Request request,
      Option<EmployeeId> employee,
      LocalDate from,
      LocalDate to,
      Consumer<Workday> consumer) {
    return whose(request.actor(), employee, "read the days of")
        .map(
            who -> {
              AtomicLong streamed = new AtomicLong();
              workdays.forEachStartedBetween(
                  request.actor().tenant(),
                  who,
                  earliestStartOf(from),
                  latestStartOf(to),
                  day -> {
                    if (!day.date().isBefore(from) && !day.date().isAfter(to)) {
                      streamed.incrementAndGet();
                      consumer.accept(day);
                    }
                  });
              return streamed.get();
            });
  }

  @Override
  public Either<Refusal, Long> forEachTimer(
      Request request,
      Option<EmployeeId> owner,
      LocalDate from,
      LocalDate to,
      Consumer<TaskTimer> consumer) {
    return whose(request.actor(), owner, "read the timers of")
        .map(
            who -> {
              AtomicLong streamed = new AtomicLong();
              timers.forEachStartedBetween(
                  request.actor().tenant(),
                  who,
                  earliestStartOf(from),
                  latestStartOf(to),
                  timer -> {
                    LocalDate date = timer.start().localDate();
                    if (!date.isBefore(from) && !date.isAfter(to)) {
                      streamed.incrementAndGet();
                      consumer.accept(timer);
                    }
                  });
              return streamed.get();
            });
  }

  /** One employee (if the actor may), or the tenant for a manager, or oneself. */
  private Either<Refusal, Option<EmployeeId>> whose(
      Actor actor, Option<EmployeeId> employee, String action) {
    if (employee.isDefined()) {
      return access
          .find(actor, employee.get())
          .flatMap(found -> access.mayActOn(actor, found, action))
          .map(found -> Option.some(found.id()));
    }
    return Either.right(
        actor.role().actsForOthers() ? Option.none() : Option.some(actor.employee()));
  }

  /** No zone is further than 18 h from UTC: the widest window a local date's starts can fall in. */
  private static Instant earliestStartOf(LocalDate from) {
    return from.atStartOfDay(ZoneOffset.UTC).toInstant().minus(WIDEST_OFFSET);
  }

  private static Instant latestStartOf(LocalDate to) {
    return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().plus(WIDEST_OFFSET);
  }
}
