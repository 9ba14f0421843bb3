package org.worktime.adapters.rest.staffomatic;

import io.javalin.http.Context;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.worktime.adapters.rest.http.Answer;
import org.worktime.adapters.rest.http.Problem;
import org.worktime.adapters.rest.http.RequestReader;
import org.worktime.adapters.rest.http.Violation;
import org.worktime.application.Engine;
import org.worktime.application.Request;
import org.worktime.application.workday.AddBreakUseCase;
import org.worktime.application.workday.DayRef;
import org.worktime.application.workday.EditBreakUseCase;
import org.worktime.application.workday.PauseWorkdayUseCase;
import org.worktime.application.workday.RemoveBreakUseCase;
import org.worktime.application.workday.ResumeWorkdayUseCase;
import org.worktime.application.workday.WorkdayView;
import org.worktime.domain.id.BreakId;
import org.worktime.domain.id.WorkdayId;
import org.worktime.domain.text.Note;
import org.worktime.domain.time.Interval;
import org.worktime.domain.workday.Break;
import org.worktime.domain.workday.RunningBreak;

/**
 * {@code /break_timers}: a break timer is a break of a workday. Started ({@code do: start}) and
 * stopped ({@code do: stop}) it pauses and resumes the day; created with both ends it is a finished
 * break added to the day; its times are edited with a reason; deleting it removes the break.
 */
final class BreakTimers {

  /** Days are listed by start date: a break may start this many days after its day did. */
  private static final int SLACK_DAYS = 2;

  static final String DEFAULT_REASON = "changed through the Staffomatic API";

  private final Engine engine;
  private final RequestReader reader;
  private final Listing listing;

  BreakTimers(Engine engine, RequestReader reader, Listing listing) {
    this.engine = engine;
    this.reader = reader;
    this.listing = listing;
  }

  Either<Problem, Answer> list(Context ctx, Request request, Option<String> location) {
    return listing
        .query(ctx, request, location)
        .flatMap(
            query -> {
              java.util.List<Tuple2<WorkdayId, BreakId>> page = new ArrayList<>();
              AtomicLong seen = new AtomicLong();
              return listing
                  .forEachDay(
                      query,
                      request,
                      SLACK_DAYS,
                      day ->
                          StaffomaticViews.breaksOf(day)
                              .forEach(
                                  id -> {
                                    Instant start = StaffomaticViews.startOf(day, id).get();
                                    if (query.admits(day.employee(), start)) {
                                      long index = seen.getAndIncrement();
                                      if (index >= query.skip()
                                          && index < query.skip() + Listing.PAGE_SIZE) {
                                        page.add(Tuple.of(day.id(), id));
                                      }
                                    }
                                  }))
                  .flatMap(streamed -> render(request, page));
            });
  }

  Either<Problem, Answer> ofWorkTimer(Context ctx, Request request, String workTimer) {
    return listing
        .query(ctx, request, Option.none())
        .flatMap(
            query ->
                listing
                    .workTimer(request, workTimer, "work_timer_id")
                    .map(
                        view -> {
                          StaffomaticViews views = new StaffomaticViews(engine, request);
                          return Answer.ok(
                              StaffomaticViews.breaksOf(view.workday())
                                  .drop((int) Math.min(Integer.MAX_VALUE, query.skip()))
                                  .take(Listing.PAGE_SIZE)
                                  .map(id -> views.breakTimer(view, id))
                                  .toJavaList());
                        }));
  }

  private Either<Problem, Answer> render(
      Request request, java.util.List<Tuple2<WorkdayId, BreakId>> page) {
    StaffomaticViews views = new StaffomaticViews(engine, request);
    Map<WorkdayId, WorkdayView> days = new HashMap<>();
    java.util.List<Object> body = new ArrayList<>();
    for (Tuple2<WorkdayId, BreakId> item : page) {
      WorkdayView view = days.get(item._1);
      if (view == null) {
        Either<Problem, WorkdayView> found =
            engine.workdayLookup().day(request, item._1).mapLeft(Problem.Refused::new);
        if (found.isLeft()) {
          return Either.left(found.getLeft());
        }
        view = found.get();
        days.put(item._1, view);
      }
      body.add(views.breakTimer(view, item._2));
    }
    return Either.right(Answer.ok(body));
  }

  Either<Problem, Answer> one(Request request, String id) {
    return listing
        .breakTimer(request, id)
        .map(
            found ->
                Answer.ok(new StaffomaticViews(engine, request).breakTimer(found._1, found._2)));
  }

  /**
   * {@code POST /break_timers.json}: {@code {work_timer_id, do: "start", starts_at?}} starts a
   * break; {@code {work_timer_id, starts_at, ends_at}} records a finished one.
   */
  Either<Problem, Answer> create(Context ctx, Request request) {
    return reader
        .input(ctx, NewBreak.class)
        .flatMap(
            in ->
                listing
                    .workTimer(request, in.workTimerId(), "work_timer_id")
                    .flatMap(
                        view -> in.starts() ? start(request, view, in) : add(request, view, in)));
  }

  /** {@code POST /work_timers/{id}/break_timers.json}: see {@link NestedBreak}. */
  Either<Problem, Answer> createOn(Context ctx, Request request, String workTimer) {
    return listing
        .workTimer(request, workTimer, "work_timer_id")
        .flatMap(
            view ->
                reader
                    .input(ctx, NestedBreak.class)
                    .map(nested -> nested.on(workTimer))
                    .flatMap(
                        in -> in.starts() ? start(request, view, in) : add(request, view, in)));
  }

  private Either<Problem, Answer> start(Request request, WorkdayView view, NewBreak in) {
    return engine
        .pauseWorkday()
        .pause(
            new PauseWorkdayUseCase.Command(
                request,
                new DayRef.ById(view.workday().id()),
                Punch.timing(in.startsAt(), view.workday().zone()),
                in.origin(request)))
        .<Problem>mapLeft(Problem.Refused::new)
        .map(
            paused ->
                new Answer(
                    201,
                    new StaffomaticViews(engine, request)
                        .breakTimer(paused, paused.workday().runningBreak().get().id())));
  }

  private Either<Problem, Answer> add(Request request, WorkdayView view, NewBreak in) {
    Interval interval =
        new Interval(
            StaffomaticTimes.given(in.startsAt()).get(), StaffomaticTimes.given(in.endsAt()).get());
    return engine
        .addBreak()
        .addBreak(
            new AddBreakUseCase.Command(request, view.workday().id(), interval, in.origin(request)))
        .<Problem>mapLeft(Problem.Refused::new)
        .map(
            added ->
                new Answer(
                    201,
                    new StaffomaticViews(engine, request)
                        .breakTimer(
                            added,
                            added
                                .workday()
                                .breaks()
                                .find(
                                    b ->
                                        b.start().at().equals(interval.start())
                                            && b.end().at().equals(interval.end()))
                                .get()
                                .id())));
  }

  /**
   * {@code PUT /break_timers/{id}.json}: {@code do: "stop"}, or new {@code starts_at}/{@code
   * ends_at}.
   */
  Either<Problem, Answer> update(Context ctx, Request request, String id) {
    return listing
        .breakTimer(request, id)
        .flatMap(
            found ->
                reader
                    .input(ctx, BreakChange.class)
                    .flatMap(
                        in -> {
                          WorkdayView view = found._1;
                          BreakId breakId = found._2;
                          boolean running =
                              view.workday().runningBreak().exists(r -> r.id().equals(breakId));
                          if (in.action() != null) {
                            return running
                                ? stop(request, view, in.endsAt(), in)
                                : Either.right(notRunning());
                          }
                          if (running) {
                            return Either.right(
                                StaffomaticErrors.error(
                                    409,
                                    "invalid_state",
                                    "a running break_timer is stopped with do: stop before its"
                                        + " times are changed"));
                          }
                          return edit(request, view, breakId, in);
                        }));
  }

  /**
   * {@code PUT /break_timers.json {work_timer_id, do: "stop", ends_at?}}: see {@link BreakStop} for
   * the seed's {@code "do": "start"}.
   */
  Either<Problem, Answer> stopByWorkTimerId(Context ctx, Request request) {
    return reader
        .input(ctx, BreakStop.class)
        .flatMap(
            in ->
                listing
                    .workTimer(request, in.workTimerId(), "work_timer_id")
                    .flatMap(
                        view ->
                            view.workday().runningBreak().isDefined()
                                ? stop(request, view, in.endsAt(), in)
                                : Either.right(notRunning())));
  }

  Either<Problem, Answer> delete(Context ctx, Request request, String id) {
    return listing
        .breakTimer(request, id)
        .flatMap(
            found -> {
              if (found._1.workday().runningBreak().exists(r -> r.id().equals(found._2))) {
                return Either.right(
                    StaffomaticErrors.error(
                        409, "invalid_state", "stop the running break_timer before deleting it"));
              }
              return reader
                  .input(ctx, BreakRemoval.class)
                  .map(BreakRemoval::note)
                  .flatMap(
                      reason ->
                          engine
                              .removeBreak()
                              .removeBreak(
                                  new RemoveBreakUseCase.Command(
                                      request, found._1.workday().id(), found._2, reason))
                              .<Problem>mapLeft(Problem.Refused::new))
                  .map(removed -> new Answer(204, null));
            });
  }

  private Either<Problem, Answer> stop(
      Request request, WorkdayView view, String endsAt, Punch punch) {
    BreakId running = view.workday().runningBreak().map(RunningBreak::id).get();
    return engine
        .resumeWorkday()
        .resume(
            new ResumeWorkdayUseCase.Command(
                request,
                new DayRef.ById(view.workday().id()),
                Punch.timing(endsAt, view.workday().zone()),
                punch.origin(request)))
        .<Problem>mapLeft(Problem.Refused::new)
        .map(
            resumed ->
                Answer.ok(new StaffomaticViews(engine, request).breakTimer(resumed, running)));
  }

  /** New times for a finished break; a time not given stays as it was. */
  private Either<Problem, Answer> edit(
      Request request, WorkdayView view, BreakId breakId, BreakChange in) {
    Break current = view.workday().breaks().find(b -> b.id().equals(breakId)).get();
    Instant start = StaffomaticTimes.given(in.startsAt()).getOrElse(current.interval().start());
    Instant end = StaffomaticTimes.given(in.endsAt()).getOrElse(current.interval().end());
    if (end.isBefore(start)) {
      return Either.left(
          Problem.InvalidInput.of(
              "ends_at", "must not be before starts_at", Violation.Kind.INVALID));
    }
    return engine
        .editBreak()
        .editBreak(
            new EditBreakUseCase.Command(
                request,
                view.workday().id(),
                breakId,
                new Interval(start, end),
                reason(in.reason())))
        .<Problem>mapLeft(Problem.Refused::new)
        .map(
            edited -> Answer.ok(new StaffomaticViews(engine, request).breakTimer(edited, breakId)));
  }

  /** A change's reason for the audit trail: the body's, else {@link #DEFAULT_REASON}. */
  static Note reason(String given) {
    return new Note(given == null ? DEFAULT_REASON : given);
  }

  private static Answer notRunning() {
    return StaffomaticErrors.error(409, "invalid_state", "the break_timer is not running");
  }
}
