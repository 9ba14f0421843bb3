package org.worktime.adapters.rest.staffomatic;

import io.javalin.http.Context;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.worktime.adapters.rest.http.Answer;
import org.worktime.adapters.rest.http.Problem;
import org.worktime.adapters.rest.http.RequestReader;
import org.worktime.application.Engine;
import org.worktime.application.Request;
import org.worktime.application.workday.CloseWorkdayUseCase;
import org.worktime.application.workday.CorrectWorkdayUseCase;
import org.worktime.application.workday.DayRef;
import org.worktime.application.workday.OpenWorkdayUseCase;
import org.worktime.application.workday.RecordWorkdayUseCase;
import org.worktime.application.workday.VerifyWorkdayUseCase;
import org.worktime.application.workday.WorkdayView;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.id.WorkdayId;
import org.worktime.domain.text.Note;
import org.worktime.domain.workday.ClosedWorkday;
import org.worktime.domain.workday.Closing;
import org.worktime.domain.workday.PausedWorkday;

/**
 * {@code /work_timers}: a work timer is a workday. Check-in opens a day ({@code do: start}), a new
 * timer with both times and no {@code do} records a finished day, check-out closes it ({@code do:
 * stop}), a manager verifies a closed one ({@code do: verify}), and new times without {@code do}
 * correct it. A work timer is never deleted: its times stay for the audit, so {@code DELETE}
 * answers 403.
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

  /**
   * {@code POST /work_timers.json}: check-in {@code {user_id?, do: "start", starts_at?,
   * device_type?}}, or without {@code do} a finished timer {@code {user_id?, starts_at, ends_at,
   * reason?}}; for the caller by default, for someone else a manager's right.
   */
  Either<Problem, Answer> create(Context ctx, Request request) {
    return reader
        .input(ctx, NewWorkTimer.class)
        .flatMap(
            in ->
                user(request, in)
                    .flatMap(
                        employee ->
                            in.starts()
                                ? start(request, in, employee)
                                : record(request, in, employee)))
        .map(view -> new Answer(201, new StaffomaticViews(engine, request).workTimer(view)));
  }

  private Either<Problem, WorkdayView> start(Request request, NewWorkTimer in, Employee employee) {
    return notRunning(request, employee)
        .flatMap(
            running ->
                engine
                    .openWorkday()
                    .open(
                        new OpenWorkdayUseCase.Command(
                            request,
                            employee.id(),
                            Punch.timing(in.startsAt(), employee.homeZone()),
                            in.origin(request),
                            Option.none()))
                    .mapLeft(Problem.Refused::new));
  }

  /**
   * A finished timer: times given by hand, read in the employee's zone, with the body's {@code
   * reason} as the report a fixed schedule asks for. Whether it waits for approval is the policy's.
   */
  private Either<Problem, WorkdayView> record(Request request, NewWorkTimer in, Employee employee) {
    return engine
        .recordWorkday()
        .record(
            new RecordWorkdayUseCase.Command(
                request,
                employee.id(),
                StaffomaticTimes.given(in.startsAt()).get().atZone(employee.homeZone()),
                StaffomaticTimes.given(in.endsAt()).get().atZone(employee.homeZone()),
                in.origin(request),
                Option.of(in.reason()).map(Note::new)))
        .mapLeft(Problem.Refused::new);
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
                reader.input(ctx, WorkTimerChange.class).flatMap(in -> change(request, view, in)));
  }

  /** Check-out on the collection: {@code PUT /work_timers.json {timer_id, do: "stop"}}. */
  Either<Problem, Answer> stopByTimerId(Context ctx, Request request) {
    return reader
        .input(ctx, CheckOut.class)
        .flatMap(
            in ->
                listing
                    .workTimer(request, in.timerId(), "timer_id")
                    .flatMap(view -> change(request, view, in.stop())));
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

  private Either<Problem, Answer> change(Request request, WorkdayView view, WorkTimerChange in) {
    if ("stop".equals(in.action())) {
      if (view.workday() instanceof ClosedWorkday) {
        return Either.right(
            StaffomaticErrors.error(409, "invalid_state", "the work_timer is already stopped"));
      }
      return engine
          .closeWorkday()
          .close(
              new CloseWorkdayUseCase.Command(
                  request,
                  new DayRef.ById(view.workday().id()),
                  new Closing(
                      Punch.timing(in.endsAt(), view.workday().zone()),
                      in.origin(request),
                      Option.none())))
          .<Problem>mapLeft(Problem.Refused::new)
          .map(closed -> Answer.ok(new StaffomaticViews(engine, request).workTimer(closed)));
    }
    if ("verify".equals(in.action())) {
      return engine
          .verifyWorkday()
          .verify(new VerifyWorkdayUseCase.Command(request, view.workday().id()))
          .<Problem>mapLeft(Problem.Refused::new)
          .map(verified -> Answer.ok(new StaffomaticViews(engine, request).workTimer(verified)));
    }
    return correct(request, view, in);
  }

  /**
   * Without {@code do}, new {@code starts_at} and/or {@code ends_at} correct the day's times by
   * hand: a correction, with the body's {@code reason} or a default one in the audit trail. An
   * employee's correction of their own day waits for a manager's approval, as everywhere.
   */
  private Either<Problem, Answer> correct(Request request, WorkdayView view, WorkTimerChange in) {
    return engine
        .correctWorkday()
        .correct(
            new CorrectWorkdayUseCase.Command(
                request,
                view.workday().id(),
                StaffomaticTimes.given(in.startsAt()),
                StaffomaticTimes.given(in.endsAt()),
                BreakTimers.reason(in.reason())))
        .<Problem>mapLeft(Problem.Refused::new)
        .map(corrected -> Answer.ok(new StaffomaticViews(engine, request).workTimer(corrected)));
  }

  private Either<Problem, Employee> user(Request request, NewWorkTimer in) {
    return Option.of(in.userId())
        .map(
            number ->
                engine
                    .employees()
                    .byNumber(request, Long.parseLong(number))
                    .<Problem>mapLeft(Problem.Refused::new))
        .getOrElse(
            () ->
                engine
                    .employees()
                    .byId(request, request.actor().employee())
                    .mapLeft(Problem.Refused::new));
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
