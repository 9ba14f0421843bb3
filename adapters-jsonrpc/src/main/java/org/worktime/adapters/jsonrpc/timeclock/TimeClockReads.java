package org.worktime.adapters.jsonrpc.timeclock;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.function.Consumer;
import org.worktime.adapters.jsonrpc.Params;
import org.worktime.adapters.jsonrpc.Reply;
import org.worktime.adapters.jsonrpc.RpcError;
import org.worktime.application.Engine;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.time.Punch;
import org.worktime.domain.timer.TaskTimer;
import org.worktime.domain.workday.Workday;

/**
 * TimeClock's read methods. Each streams the engine's period query (days by employee, then by
 * start) straight into the answer, grouped per employee in that order: no method holds the whole
 * answer. What one employee needs at once is held for that employee only: their work logs for
 * {@code timesheet}, their sessions for {@code extended-sessions} (whose totals come before the
 * sessions), both bounded by the longest period allowed.
 *
 * <p>A manager or admin reads the tenant; an employee reads their own days.
 */
final class TimeClockReads {

  private final Engine engine;
  private final int maxRangeDays;
  private final Clock clock;

  TimeClockReads(Engine engine, int maxRangeDays, Clock clock) {
    this.engine = engine;
    this.maxRangeDays = maxRangeDays;
    this.clock = clock;
  }

  /** A step that writes JSON; the streaming consumers cannot throw checked exceptions. */
  @FunctionalInterface
  private interface Writing<T> {
    void write(T value) throws IOException;
  }

  private static <T> Consumer<T> writing(Writing<T> step) {
    return value -> {
      try {
        step.write(value);
      } catch (IOException lost) {
        throw new UncheckedIOException(lost);
      }
    };
  }

  Option<RpcError> sessions(Request request, JsonNode params, Reply reply) throws IOException {
    return grouped(
        request,
        params,
        reply,
        (groups, day) -> {
          groups.enter(day.employee());
          Shapes.session(groups.json(), day);
        },
        false);
  }

  /** An employee is listed when they had a lunch in the period. */
  Option<RpcError> lunches(Request request, JsonNode params, Reply reply) throws IOException {
    return grouped(
        request,
        params,
        reply,
        (groups, day) -> {
          if (!day.breaks().isEmpty() || day.runningBreak().isDefined()) {
            groups.enter(day.employee());
            Shapes.lunchesOf(groups.json(), day, false);
          }
        },
        false);
  }

  /**
   * Sessions with their lunches and their work logs: the task timers that started within the
   * session (from its start, before its end; a running session has no end).
   */
  Option<RpcError> timesheet(Request request, JsonNode params, Reply reply) throws IOException {
    return grouped(
        request,
        params,
        reply,
        (groups, day) -> {
          groups.enter(day.employee());
          JsonGenerator json = groups.json();
          json.writeStartObject();
          Shapes.sessionFields(json, day);
          json.writeArrayFieldStart("lunches");
          Shapes.lunchesOf(json, day, true);
          json.writeEndArray();
          json.writeArrayFieldStart("workLogs");
          for (TaskTimer timer : groups.workLogs()) {
            if (inside(timer, day)) {
              Shapes.workLog(json, timer, day.zone(), false);
            }
          }
          json.writeEndArray();
          json.writeEndObject();
        },
        true);
  }

  /**
   * Per employee their id (a short number), directory fields, totals and sessions. Fields we do not
   * model answer empty: {@code passport, workStartedAt, workEndedAt, birthday, gender} null, {@code
   * groups} []; no leave, nothing expected ({@code totalLeaveSeconds, expectedSeconds} 0). {@code
   * totalWorkedSeconds} is the net worked time of the listed sessions, breaks deducted; a running
   * session counts up to now.
   */
  Option<RpcError> extendedSessions(Request request, JsonNode params, Reply reply)
      throws IOException {
    Either<RpcError, Period> period = Period.of(params, maxRangeDays);
    if (period.isLeft()) {
      return Option.some(period.getLeft());
    }
    Either<Refusal, Map<EmployeeId, Employee>> directory = directory(request);
    if (directory.isLeft()) {
      return Option.some(TimeClockErrors.of(directory.getLeft()));
    }
    Instant now = clock.instant();
    ResultArray result = new ResultArray(reply);
    java.util.List<Workday> held = new ArrayList<>();
    Writing<java.util.List<Workday>> flush =
        days -> {
          if (!days.isEmpty()) {
            EmployeeId employee = days.get(0).employee();
            extendedEmployee(
                result.json(),
                engine.shortNumbers().numberOf(request, employee.value()),
                directory.get().get(employee),
                days,
                now);
            days.clear();
          }
        };
    Either<Refusal, Long> streamed =
        engine
            .workdaysInPeriod()
            .forEachDay(
                request,
                Option.none(),
                period.get().from(),
                period.get().to(),
                writing(
                    day -> {
                      if (!held.isEmpty() && !held.get(0).employee().equals(day.employee())) {
                        flush.write(held);
                      }
                      held.add(day);
                    }));
    if (streamed.isLeft()) {
      return Option.some(TimeClockErrors.of(streamed.getLeft()));
    }
    flush.write(held);
    result.close();
    return Option.none();
  }

  /** Every employee of the tenant, by number; takes no params. */
  Option<RpcError> employees(Request request, JsonNode params, Reply reply) throws IOException {
    Either<RpcError, Params> none = Params.of(params, List.empty(), List.empty());
    if (none.isLeft()) {
      return Option.some(none.getLeft());
    }
    Either<Refusal, Seq<Employee>> all = engine.employees().list(request);
    if (all.isLeft()) {
      return Option.some(TimeClockErrors.of(all.getLeft()));
    }
    ResultArray result = new ResultArray(reply);
    for (Employee employee : all.get().sortBy(Employee::number)) {
      Shapes.employee(result.json(), employee);
    }
    result.close();
    return Option.none();
  }

  /** What one method writes per day, inside the employees' groups. */
  @FunctionalInterface
  private interface PerDay {
    void write(Groups groups, Workday day) throws IOException;
  }

  private Option<RpcError> grouped(
      Request request, JsonNode params, Reply reply, PerDay perDay, boolean withWorkLogs)
      throws IOException {
    Either<RpcError, Period> period = Period.of(params, maxRangeDays);
    if (period.isLeft()) {
      return Option.some(period.getLeft());
    }
    Either<Refusal, Map<EmployeeId, Employee>> directory = directory(request);
    if (directory.isLeft()) {
      return Option.some(TimeClockErrors.of(directory.getLeft()));
    }
    Groups groups =
        new Groups(
            new ResultArray(reply),
            directory.get(),
            withWorkLogs ? employee -> workLogsOf(request, employee, period.get()) : null);
    Either<Refusal, Long> streamed =
        engine
            .workdaysInPeriod()
            .forEachDay(
                request,
                Option.none(),
                period.get().from(),
                period.get().to(),
                writing(day -> perDay.write(groups, day)));
    if (streamed.isLeft()) {
      return Option.some(TimeClockErrors.of(streamed.getLeft()));
    }
    groups.finish();
    return Option.none();
  }

  /**
   * One employee's task timers that may lie in a session of the period: a session starts on a
   * period date in its zone and may run past midnight, a timer's date is in its own zone.
   */
  private java.util.List<TaskTimer> workLogsOf(
      Request request, EmployeeId employee, Period period) {
    java.util.List<TaskTimer> timers = new ArrayList<>();
    engine
        .timersInPeriod()
        .forEachTimer(
            request,
            Option.some(employee),
            period.from().minusDays(1),
            period.to().plusDays(2),
            timers::add);
    return timers;
  }

  private static boolean inside(TaskTimer timer, Workday day) {
    Instant start = timer.start().at();
    return !start.isBefore(day.start().at())
        && day.end().map(Punch::at).forAll(end -> start.isBefore(end));
  }

  /**
   * One employee's group. {@code id} is the employee's short number: the vendor's is an integer
   * (seed 004: {@code 21814}, beside the employee number {@code "31394"}) that typed clients parse
   * as one; a short number is the employee's forever, in every store, and never another's.
   */
  private static void extendedEmployee(
      JsonGenerator json,
      long id,
      Option<Employee> found,
      java.util.List<Workday> days,
      Instant now)
      throws IOException {
    Duration worked =
        List.ofAll(days).map(day -> day.netWorkedAt(now)).fold(Duration.ZERO, Duration::plus);
    json.writeStartObject();
    json.writeNumberField("id", id);
    json.writeStringField("employeeNumber", found.map(e -> Long.toString(e.number())).getOrNull());
    json.writeStringField("email", found.map(Employee::email).getOrNull());
    json.writeNullField("passport");
    json.writeArrayFieldStart("groups");
    json.writeEndArray();
    json.writeNullField("workStartedAt");
    json.writeNullField("workEndedAt");
    json.writeNullField("birthday");
    json.writeNullField("gender");
    json.writeNumberField("totalWorkedSeconds", worked.getSeconds());
    json.writeNumberField("totalLeaveSeconds", 0);
    json.writeNumberField("expectedSeconds", 0);
    json.writeArrayFieldStart("sessions");
    for (Workday day : days) {
      Shapes.extendedSession(json, day, now);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /** The tenant's employees by id, to name each group. */
  private Either<Refusal, Map<EmployeeId, Employee>> directory(Request request) {
    return engine.employees().list(request).map(all -> all.toMap(Employee::id, e -> e));
  }

  /** The result array, opened on first use so that a refusal before it is still an error. */
  private static final class ResultArray {
    private final Reply reply;
    private JsonGenerator json;

    ResultArray(Reply reply) {
      this.reply = reply;
    }

    JsonGenerator json() throws IOException {
      if (json == null) {
        json = reply.result();
        json.writeStartArray();
      }
      return json;
    }

    void close() throws IOException {
      json().writeEndArray();
    }
  }

  /** The per-employee objects {@code {employeeNumber, email, sessions: [...]}}, in stream order. */
  private static final class Groups {
    private final ResultArray result;
    private final Map<EmployeeId, Employee> directory;
    private final java.util.function.Function<EmployeeId, java.util.List<TaskTimer>> loadWorkLogs;
    private EmployeeId current;
    private java.util.List<TaskTimer> workLogs = java.util.List.of();

    Groups(
        ResultArray result,
        Map<EmployeeId, Employee> directory,
        java.util.function.Function<EmployeeId, java.util.List<TaskTimer>> loadWorkLogs) {
      this.result = result;
      this.directory = directory;
      this.loadWorkLogs = loadWorkLogs;
    }

    void enter(EmployeeId employee) throws IOException {
      if (employee.equals(current)) {
        return;
      }
      JsonGenerator json = result.json();
      if (current != null) {
        json.writeEndArray();
        json.writeEndObject();
      }
      current = employee;
      workLogs = loadWorkLogs == null ? java.util.List.of() : loadWorkLogs.apply(employee);
      Option<Employee> found = directory.get(employee);
      json.writeStartObject();
      if (found.isDefined()) {
        json.writeNumberField("employeeNumber", found.get().number());
      } else {
        json.writeNullField("employeeNumber");
      }
      json.writeStringField("email", found.map(Employee::email).getOrNull());
      json.writeArrayFieldStart("sessions");
    }

    JsonGenerator json() throws IOException {
      return result.json();
    }

    java.util.List<TaskTimer> workLogs() {
      return workLogs;
    }

    void finish() throws IOException {
      JsonGenerator json = result.json();
      if (current != null) {
        json.writeEndArray();
        json.writeEndObject();
      }
      result.close();
    }
  }
}
