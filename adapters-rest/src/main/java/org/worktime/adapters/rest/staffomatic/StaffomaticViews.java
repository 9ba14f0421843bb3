package org.worktime.adapters.rest.staffomatic;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.worktime.application.Engine;
import org.worktime.application.Request;
import org.worktime.application.port.AuditEntry;
import org.worktime.application.workday.WorkdayView;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.id.BreakId;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.Id;
import org.worktime.domain.time.Punch;
import org.worktime.domain.workday.Break;
import org.worktime.domain.workday.ClosedWorkday;
import org.worktime.domain.workday.Workday;

/**
 * Work timers and break timers as Staffomatic writes them, for one request: ids are short numbers,
 * users their employee numbers, times in the day's zone, durations whole seconds. Employees and
 * days' histories are looked up once per request.
 *
 * <p>A work timer's {@code created_at}/{@code created_by_id} are the first entry of the day's audit
 * history, {@code updated_at}/{@code updated_by_id} its last. A break timer's {@code created_at} is
 * when its start was sent, {@code updated_at} when its last end was sent; its {@code
 * created_by_id}/{@code updated_by_id} are whoever last changed the day by then.
 */
final class StaffomaticViews {

  private final Engine engine;
  private final Request request;
  private final Map<EmployeeId, Option<Employee>> employees = new HashMap<>();
  private final Map<Id, Seq<AuditEntry>> histories = new HashMap<>();

  StaffomaticViews(Engine engine, Request request) {
    this.engine = engine;
    this.request = request;
  }

  long number(Id id) {
    return engine.shortNumbers().numberOf(request, id);
  }

  Map<String, Object> workTimer(WorkdayView view) {
    Workday day = view.workday();
    ZoneId zone = day.zone();
    Seq<AuditEntry> history = historyOf(day);
    Option<Employee> owner = employee(day.employee());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", number(day.id().value()));
    body.put("user_id", owner.map(Employee::number).getOrNull());
    body.put(
        "location_id",
        owner.flatMap(Employee::location).map(location -> number(location.value())).getOrNull());
    body.put(
        "created_by_id",
        history.headOption().map(entry -> numberOf(entry.actor())).getOrElse(userOf(day)));
    body.put(
        "updated_by_id",
        history.lastOption().map(entry -> numberOf(entry.actor())).getOrElse(userOf(day)));
    body.put("state", stateOf(day));
    body.put("duration", seconds(view.elapsed()));
    body.put("break_duration", seconds(view.breakTime()));
    body.put("net_duration", seconds(view.netWorked()));
    body.put("starts_at", StaffomaticTimes.format(day.start().at(), zone));
    body.put("ends_at", day.end().map(end -> StaffomaticTimes.format(end.at(), zone)).getOrNull());
    body.put("device_type", deviceOf(day.start()));
    body.put(
        "created_at",
        StaffomaticTimes.format(
            history.headOption().map(AuditEntry::at).getOrElse(day.start().sentAt()), zone));
    body.put(
        "updated_at",
        StaffomaticTimes.format(
            history.lastOption().map(AuditEntry::at).getOrElse(day.start().sentAt()), zone));
    return body;
  }

  /** Every break of the day, finished ones in order, then the running one. */
  static Seq<BreakId> breaksOf(Workday day) {
    return day.breaks()
        .map(Break::id)
        .appendAll(day.runningBreak().map(running -> running.id()).toList());
  }

  /** The break's start instant; none when the day has no such break. */
  static Option<Instant> startOf(Workday day, BreakId id) {
    return day.breaks()
        .find(b -> b.id().equals(id))
        .map(b -> b.start().at())
        .orElse(day.runningBreak().filter(r -> r.id().equals(id)).map(r -> r.start().at()));
  }

  Map<String, Object> breakTimer(WorkdayView view, BreakId id) {
    Workday day = view.workday();
    ZoneId zone = day.zone();
    Option<Break> finished = day.breaks().find(b -> b.id().equals(id));
    Punch start =
        finished
            .map(Break::start)
            .getOrElse(() -> day.runningBreak().filter(r -> r.id().equals(id)).get().start());
    Option<Punch> end = finished.map(Break::end);
    Instant created = start.sentAt();
    Instant updated = end.map(Punch::sentAt).filter(at -> at.isAfter(created)).getOrElse(created);
    Instant until = end.map(Punch::at).getOrElse(view.asOf());
    Duration length =
        until.isBefore(start.at()) ? Duration.ZERO : Duration.between(start.at(), until);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("created_at", StaffomaticTimes.format(created, zone));
    body.put("updated_at", StaffomaticTimes.format(updated, zone));
    body.put("id", number(id.value()));
    body.put("user_id", userOf(day));
    body.put("updated_by_id", actorAt(day, updated));
    body.put("created_by_id", actorAt(day, created));
    body.put("duration", seconds(length));
    body.put("starts_at", StaffomaticTimes.format(start.at(), zone));
    body.put("work_timer_id", number(day.id().value()));
    body.put("ends_at", end.map(punch -> StaffomaticTimes.format(punch.at(), zone)).getOrNull());
    body.put("device_type", deviceOf(start));
    body.put("state", end.isDefined() ? "stopped" : "running");
    return body;
  }

  private static String stateOf(Workday day) {
    if (day instanceof ClosedWorkday closed) {
      return closed.isVerified() ? "verified" : "stopped";
    }
    return "running";
  }

  private static String deviceOf(Punch punch) {
    return punch.origin().source().name().toLowerCase(Locale.ROOT);
  }

  private static long seconds(Duration duration) {
    return duration.getSeconds();
  }

  private Long userOf(Workday day) {
    return employee(day.employee()).map(Employee::number).getOrNull();
  }

  private Long numberOf(EmployeeId id) {
    return employee(id).map(Employee::number).getOrNull();
  }

  /** Whoever last changed the day at or before the instant; the day's owner before any entry. */
  private Long actorAt(Workday day, Instant at) {
    return historyOf(day)
        .filter(entry -> !entry.at().isAfter(at))
        .lastOption()
        .map(entry -> numberOf(entry.actor()))
        .getOrElse(() -> userOf(day));
  }

  private Option<Employee> employee(EmployeeId id) {
    return employees.computeIfAbsent(id, key -> engine.employees().byId(request, key).toOption());
  }

  private Seq<AuditEntry> historyOf(Workday day) {
    return histories.computeIfAbsent(
        day.id().value(),
        key -> engine.workdayHistory().historyOf(request, day.id()).getOrElse(List::empty));
  }
}
