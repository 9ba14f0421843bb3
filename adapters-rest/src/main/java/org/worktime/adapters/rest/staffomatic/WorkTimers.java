package org.worktime.adapters.rest.staffomatic;

import io.javalin.http.Context;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.worktime.adapters.rest.http.Answer;
import org.worktime.adapters.rest.http.Parameters;
import org.worktime.adapters.rest.http.Problem;
import org.worktime.adapters.rest.http.RequestReader;
import org.worktime.application.Engine;
import org.worktime.application.Request;
import org.worktime.application.workday.CloseWorkdayUseCase;
import org.worktime.application.workday.CorrectWorkdayUseCase;
import org.worktime.application.workday.DayRef;
import org.worktime.application.workday.OpenWorkdayUseCase;
import org.worktime.application.workday.VerifyWorkdayUseCase;
import org.worktime.application.workday.WorkdayView;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.id.WorkdayId;
import org.worktime.domain.text.Note;
import org.worktime.domain.workday.ClosedWorkday;
import org.worktime.domain.workday.Closing;
import org.worktime.domain.workday.PausedWorkday;

/**
 * {@code /work_timers}: a work timer is a workday. Check-in opens a day ({@code do: start}),
 * check-out closes it ({@code do: stop}), a manager verifies a closed one ({@code do: verify}), and
 * new times without {@code do} correct it. A work timer is never deleted: its times stay for the
 * audit, so {@code DELETE} answers 403.
 */
final class WorkTimers {

  private final Engine engine;
  private final RequestReader reader;
  private final Listing listing;

  WorkTimers(Engine engine, RequestReader reader, Listing listing) {
    this.engine = engine;
    this.reader = reader;
    this.listing = listing;
  }

  Either<Problem, Answer> list(Context ctx, Request request, Option<String> location) {
    return listing
        .query(ctx, request, location)
        .flatMap(
            query -> {
              java.util.List<WorkdayId> page = new ArrayList<>();
              AtomicLong seen = new AtomicLong();
              return listing
                  .forEachDay(
                      query,
                      request,
                      0,
                      day -> {
                        if (query.admits(day.employee(), day.start().at())) {
                          long index = seen.getAndIncrement();
                          if (index >= query.skip() && index < query.skip() + Listing.PAGE_SIZE) {
                            page.add(day.id());
                          }
                        }
                      })
                  .flatMap(streamed -> render(request, page));
            });
  }

  private Either<Problem, Answer> render(Request request, java.util.List<WorkdayId> page) {
    StaffomaticViews views = new StaffomaticViews(engine, request);
    java.util.List<Object> body = new ArrayList<>();
    for (WorkdayId id : page) {
      Either<Problem, WorkdayView> view =
          engine.workdayLookup().day(request, id).mapLeft(Problem.Refused::new);
      if (view.isLeft()) {
        return Either.left(view.getLeft());
      }
      body.add(views.workTimer(view.get()));
    }
    return Either.right(Answer.ok(body));
  }

  Either<Problem, Answer> one(Request request, String id) {
    return listing
        .workTimer(request, id, "id")
        .map(view -> Answer.ok(new StaffomaticViews(engine, request).workTimer(view)));
  }

  /** Check-in: {@code {user_id?, do: "start", starts_at?, device_type?}}; the caller by default. */
  Either<Problem, Answer> start(Context ctx, Request request) {
    return reader
        .parameters(ctx)
        .flatMap(Parameters::singleValues)
        .flatMap(
            p ->
                expect(p, "start")
                    .flatMap(ok -> user(request, p))
                    .flatMap(
                        employee ->
                            notRunning(request, employee)
                                .flatMap(
                                    free ->
                                        Listing.timing(
                                            p.get("starts_at"), "starts_at", employee.homeZone()))
                                .flatMap(
                                    timing ->
                                        Listing.origin(request, p)
                                            .flatMap(
                                                origin ->
                                                    engine
                                                        .openWorkday()
                                                        .open(
                                                            new OpenWorkdayUseCase.Command(
                                                                request,
                                                                employee.id(),
                                                                timing,
                                                                origin,
                                                                Option.none()))
                                                        .<Problem>mapLeft(Problem.Refused::new)))))
        .map(view -> new Answer(201, new StaffomaticViews(engine, request).workTimer(view)));
  }

  /**
   * {@code PUT /work_timers/{id}.json}: {@code do: "stop"} (with {@code ends_at?}), {@code do:
   * "verify"}, or a correction {@code {starts_at?, ends_at?, reason?}}.
   */
  Either<Problem, Answer> update(Context ctx, Request request, String id) {
    return listing
        .workTimer(request, id, "id")
        .flatMap(
            view ->
                reader
                    .parameters(ctx)
                    .flatMap(Parameters::singleValues)
                    .flatMap(p -> change(request, view, p)));
  }

  /** Check-out on the collection: {@code PUT /work_timers.json {timer_id, do: "stop"}}. */
  Either<Problem, Answer> stopByTimerId(Context ctx, Request request) {
    return reader
        .parameters(ctx)
        .flatMap(Parameters::singleValues)
        .flatMap(
            p ->
                p.get("timer_id")
                    .orElse(p.get("id"))
                    .<Problem>toEither(
                        () -> new Problem.InvalidParameter("timer_id", "is required"))
                    .flatMap(text -> listing.workTimer(request, text, "timer_id"))
                    .flatMap(view -> expect(p, "stop").flatMap(ok -> change(request, view, p))));
  }

  Either<Problem, Answer> delete(Request request, String id) {
    return listing
        .workTimer(request, id, "id")
        .map(
            view ->
                StaffomaticErrors.mayNotDelete(
                    "work timers are never deleted: a recorded day stays for the audit;"
                        + " a manager corrects its times instead"));
  }

  private Either<Problem, Answer> change(Request request, WorkdayView view, Parameters p) {
    Option<String> action = p.get("do");
    if (action.contains("stop")) {
      if (view.workday() instanceof ClosedWorkday) {
        return Either.right(
            StaffomaticErrors.error(409, "invalid_state", "the work_timer is already stopped"));
      }
      return Listing.timing(p.get("ends_at"), "ends_at", view.workday().zone())
          .flatMap(
              timing ->
                  Listing.origin(request, p)
                      .flatMap(
                          origin ->
                              engine
                                  .closeWorkday()
                                  .close(
                                      new CloseWorkdayUseCase.Command(
                                          request,
                                          new DayRef.ById(view.workday().id()),
                                          new Closing(timing, origin, Option.none())))
                                  .<Problem>mapLeft(Problem.Refused::new)))
          .map(closed -> Answer.ok(new StaffomaticViews(engine, request).workTimer(closed)));
    }
    if (action.contains("verify")) {
      return engine
          .verifyWorkday()
          .verify(new VerifyWorkdayUseCase.Command(request, view.workday().id()))
          .<Problem>mapLeft(Problem.Refused::new)
          .map(verified -> Answer.ok(new StaffomaticViews(engine, request).workTimer(verified)));
    }
    if (action.isDefined()) {
      return Either.left(new Problem.InvalidParameter("do", "must be stop or verify, or absent"));
    }
    return correct(request, view, p);
  }

  /**
   * Without {@code do}, new {@code starts_at} and/or {@code ends_at} correct the day's times by
   * hand: a correction, with the body's {@code reason} or a default one in the audit trail. An
   * employee's correction of their own day waits for a manager's approval, as everywhere.
   */
  private Either<Problem, Answer> correct(Request request, WorkdayView view, Parameters p) {
    Either<Problem, Option<Instant>> start = StaffomaticTimes.given(p, "starts_at");
    Either<Problem, Option<Instant>> end = StaffomaticTimes.given(p, "ends_at");
    return start
        .flatMap(
            newStart ->
                end.flatMap(
                    newEnd -> {
                      if (newStart.isEmpty() && newEnd.isEmpty()) {
                        return Either.left(
                            new Problem.InvalidParameter(
                                "starts_at", "starts_at or ends_at is required without do"));
                      }
                      if (newStart.isDefined()
                          && newEnd.isDefined()
                          && newEnd.get().isBefore(newStart.get())) {
                        return Either.left(
                            new Problem.InvalidParameter(
                                "ends_at", "must not be before starts_at"));
                      }
                      return Listing.reason(p)
                          .map(
                              reason ->
                                  reason.getOrElse(() -> Note.of(BreakTimers.DEFAULT_REASON).get()))
                          .flatMap(
                              reason ->
                                  engine
                                      .correctWorkday()
                                      .correct(
                                          new CorrectWorkdayUseCase.Command(
                                              request,
                                              view.workday().id(),
                                              newStart,
                                              newEnd,
                                              reason))
                                      .<Problem>mapLeft(Problem.Refused::new));
                    }))
        .map(corrected -> Answer.ok(new StaffomaticViews(engine, request).workTimer(corrected)));
  }

  private static Either<Problem, Boolean> expect(Parameters p, String action) {
    return p.get("do").contains(action)
        ? Either.right(Boolean.TRUE)
        : Either.left(new Problem.InvalidParameter("do", "must be " + action));
  }

  private Either<Problem, Employee> user(Request request, Parameters p) {
    Option<String> given = p.get("user_id");
    if (given.isEmpty()) {
      return engine
          .employees()
          .byId(request, request.actor().employee())
          .mapLeft(Problem.Refused::new);
    }
    return Listing.number(given.get(), "user_id")
        .flatMap(
            number -> engine.employees().byNumber(request, number).mapLeft(Problem.Refused::new));
  }

  /**
   * Staffomatic starts a new timer only for a user without a running one. The engine refuses an
   * open day itself (and answers a retry with the same {@code Idempotency-Key} with its first
   * result); a day on a break it would continue, so that is refused here.
   */
  private Either<Problem, Employee> notRunning(Request request, Employee employee) {
    return engine
        .workdayStatus()
        .statusOf(request, employee.id())
        .<Problem>mapLeft(Problem.Refused::new)
        .flatMap(
            latest ->
                latest.exists(view -> view.workday() instanceof PausedWorkday)
                    ? Either.left(
                        new Problem.Refused(
                            new org.worktime.application.Refusal.WorkdayRefused(
                                new org.worktime.domain.workday.WorkdayError.IllegalTransition(
                                    latest.get().status(),
                                    org.worktime.domain.workday.Action.OPEN))))
                    : Either.right(employee));
  }
}
