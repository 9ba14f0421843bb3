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
import org.worktime.adapters.rest.http.Parameters;
import org.worktime.adapters.rest.http.Problem;
import org.worktime.adapters.rest.http.RequestReader;
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
        .parameters(ctx)
        .flatMap(Parameters::singleValues)
        .flatMap(
            p ->
                required(p, "work_timer_id")
                    .flatMap(text -> listing.workTimer(request, text, "work_timer_id"))
                    .flatMap(
                        view -> {
                          Option<String> action = p.get("do");
                          if (action.contains("start")) {
                            return start(request, view, p);
                          }
                          if (action.isDefined()) {
                            return Either.left(
                                new Problem.InvalidParameter("do", "must be start, or absent"));
                          }
                          return add(request, view, p);
                        }));
  }

  private Either<Problem, Answer> start(Request request, WorkdayView view, Parameters p) {
    return Listing.timing(p.get("starts_at"), "starts_at", view.workday().zone())
        .flatMap(
            timing ->
                Listing.origin(request, p)
                    .flatMap(
                        origin ->
                            engine
                                .pauseWorkday()
                                .pause(
                                    new PauseWorkdayUseCase.Command(
                                        request,
                                        new DayRef.ById(view.workday().id()),
                                        timing,
                                        origin))
                                .<Problem>mapLeft(Problem.Refused::new)))
        .map(
            paused ->
                new Answer(
                    201,
                    new StaffomaticViews(engine, request)
                        .breakTimer(paused, paused.workday().runningBreak().get().id())));
  }

  private Either<Problem, Answer> add(Request request, WorkdayView view, Parameters p) {
    return interval(p, Option.none())
        .flatMap(
            interval ->
                Listing.origin(request, p)
                    .flatMap(
                        origin ->
                            engine
                                .addBreak()
                                .addBreak(
                                    new AddBreakUseCase.Command(
                                        request, view.workday().id(), interval, origin))
                                .<Problem>mapLeft(Problem.Refused::new))
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
                                            .id()))));
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
                    .parameters(ctx)
                    .flatMap(Parameters::singleValues)
                    .flatMap(
                        p -> {
                          WorkdayView view = found._1;
                          BreakId breakId = found._2;
                          boolean running =
                              view.workday().runningBreak().exists(r -> r.id().equals(breakId));
                          Option<String> action = p.get("do");
                          if (action.contains("stop")) {
                            return running ? stop(request, view, p) : Either.right(notRunning());
                          }
                          if (action.isDefined()) {
                            return Either.left(
                                new Problem.InvalidParameter("do", "must be stop, or absent"));
                          }
                          if (running) {
                            return Either.right(
                                StaffomaticErrors.error(
                                    409,
                                    "invalid_state",
                                    "a running break_timer is stopped with do: stop before its"
                                        + " times are changed"));
                          }
                          return edit(request, view, breakId, p);
                        }));
  }

  /**
   * {@code PUT /break_timers.json {work_timer_id, do: "stop", ends_at?}}. The seed's last example
   * says {@code "do": "start"} with {@code ends_at}: a documentation error whose intent is stop, so
   * {@code start} with {@code ends_at} stops too.
   */
  Either<Problem, Answer> stopByWorkTimerId(Context ctx, Request request) {
    return reader
        .parameters(ctx)
        .flatMap(Parameters::singleValues)
        .flatMap(
            p ->
                required(p, "work_timer_id")
                    .flatMap(text -> listing.workTimer(request, text, "work_timer_id"))
                    .flatMap(
                        view -> {
                          Option<String> action = p.get("do");
                          boolean stop =
                              action.contains("stop")
                                  || (action.contains("start") && p.get("ends_at").isDefined());
                          if (!stop) {
                            return Either.left(new Problem.InvalidParameter("do", "must be stop"));
                          }
                          return view.workday().runningBreak().isDefined()
                              ? stop(request, view, p)
                              : Either.right(notRunning());
                        }));
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
                  .parameters(ctx)
                  .flatMap(Parameters::singleValues)
                  .flatMap(Listing::reason)
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

  private Either<Problem, Answer> stop(Request request, WorkdayView view, Parameters p) {
    BreakId running = view.workday().runningBreak().map(RunningBreak::id).get();
    return Listing.timing(p.get("ends_at"), "ends_at", view.workday().zone())
        .flatMap(
            timing ->
                Listing.origin(request, p)
                    .flatMap(
                        origin ->
                            engine
                                .resumeWorkday()
                                .resume(
                                    new ResumeWorkdayUseCase.Command(
                                        request,
                                        new DayRef.ById(view.workday().id()),
                                        timing,
                                        origin))
                                .<Problem>mapLeft(Problem.Refused::new)))
        .map(
            resumed ->
                Answer.ok(new StaffomaticViews(engine, request).breakTimer(resumed, running)));
  }

  private Either<Problem, Answer> edit(
      Request request, WorkdayView view, BreakId breakId, Parameters p) {
    Break current = view.workday().breaks().find(b -> b.id().equals(breakId)).get();
    return interval(p, Option.some(current.interval()))
        .flatMap(
            interval ->
                Listing.reason(p)
                    .map(reason -> reason.getOrElse(() -> Note.of(DEFAULT_REASON).get()))
                    .flatMap(
                        reason ->
                            engine
                                .editBreak()
                                .editBreak(
                                    new EditBreakUseCase.Command(
                                        request, view.workday().id(), breakId, interval, reason))
                                .<Problem>mapLeft(Problem.Refused::new)))
        .map(
            edited -> Answer.ok(new StaffomaticViews(engine, request).breakTimer(edited, breakId)));
  }

  /** Both ends from the body; without a current interval both are required. */
  private static Either<Problem, Interval> interval(Parameters p, Option<Interval> current) {
    Either<Problem, Instant> start = end(p, "starts_at", current.map(Interval::start));
    Either<Problem, Instant> end = end(p, "ends_at", current.map(Interval::end));
    return start.flatMap(
        from ->
            end.flatMap(
                until ->
                    until.isBefore(from)
                        ? Either.left(
                            new Problem.InvalidParameter("ends_at", "must not be before starts_at"))
                        : Either.right(new Interval(from, until))));
  }

  private static Either<Problem, Instant> end(Parameters p, String name, Option<Instant> fallback) {
    Option<String> given = p.get(name);
    if (given.isEmpty()) {
      return fallback.toEither(() -> new Problem.InvalidParameter(name, "is required"));
    }
    return StaffomaticTimes.parse(given.get())
        .toEither(() -> new Problem.MalformedTime(name, StaffomaticTimes.EXAMPLE));
  }

  private static Either<Problem, String> required(Parameters p, String name) {
    return p.get(name).toEither(() -> new Problem.InvalidParameter(name, "is required"));
  }

  private static Answer notRunning() {
    return StaffomaticErrors.error(409, "invalid_state", "the break_timer is not running");
  }
}
