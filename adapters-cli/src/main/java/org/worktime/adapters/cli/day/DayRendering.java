package org.worktime.adapters.cli.day;

import io.vavr.control.Option;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.worktime.adapters.cli.Durations;
import org.worktime.adapters.cli.Style;
import org.worktime.application.workday.WorkdayView;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.time.Punch;
import org.worktime.domain.workday.Approval;

/**
 * How the command line shows a workday: the status line of {@code worktime status}, its JSON, and
 * the pieces the commands that change a day print after doing so. One place, so that a day reads
 * the same whichever command printed it.
 */
public final class DayRendering {

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

  private DayRendering() {}

  /** {@code Ada (number 1)}. */
  public static String who(Employee employee) {
    return employee.name() + " (number " + employee.number() + ")";
  }

  /** The status line: who, the status, start and end, and the totals as of the view. */
  public static String text(Employee employee, Option<WorkdayView> found, Style style) {
    if (found.isEmpty()) {
      return who(employee) + ": no workday yet";
    }
    WorkdayView day = found.get();
    return who(employee)
        + ": "
        + style.status(day.status())
        + ", started "
        + local(day.workday().start())
        + day.workday().end().map(end -> ", ended " + local(end)).getOrElse("")
        + "; "
        + totals(day)
        + pending(day);
  }

  /** {@code worked 8:00, breaks 0:30, net 7:30}: a running day and break counted up to now. */
  public static String totals(WorkdayView day) {
    return "worked "
        + Durations.hoursAndMinutes(day.elapsed())
        + ", breaks "
        + Durations.hoursAndMinutes(day.breakTime())
        + ", net "
        + Durations.hoursAndMinutes(day.netWorked());
  }

  /** What a day waiting for a manager says, or nothing. */
  public static String pending(WorkdayView day) {
    return day.workday().approval() == Approval.PENDING ? " (waits for a manager's approval)" : "";
  }

  /** {@code 2026-03-10 09:00 Europe/Berlin}. */
  public static String local(Punch punch) {
    return LOCAL.format(punch.at().atZone(punch.zone())) + " " + punch.zone().getId();
  }

  /**
   * {@code 09:00 Europe/Berlin} for a moment on the view's own date in that zone, else with its
   * date: what a line after a change says about the moment it happened.
   */
  public static String moment(Instant at, ZoneId zone, WorkdayView asOf) {
    ZonedDateTime local = at.atZone(zone);
    boolean today = local.toLocalDate().equals(asOf.asOf().atZone(zone).toLocalDate());
    return (today ? CLOCK.format(local) : LOCAL.format(local)) + " " + zone.getId();
  }

  /** The status as JSON for scripts; times ISO-8601 with their offset, durations in seconds. */
  public static Map<String, Object> json(Employee employee, Option<WorkdayView> found) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("employee", employee.number());
    fields.put("name", employee.name());
    fields.put("status", found.map(day -> day.status().name()).getOrNull());
    found.forEach(
        day -> {
          fields.put("workday", day.workday().id().toString());
          fields.put("start", offset(day.workday().start()));
          fields.put("end", day.workday().end().map(DayRendering::offset).getOrNull());
          fields.put("zone", day.workday().zone().getId());
          fields.put("elapsed_seconds", day.elapsed().toSeconds());
          fields.put("break_seconds", day.breakTime().toSeconds());
          fields.put("net_seconds", day.netWorked().toSeconds());
          fields.put("approved", day.workday().approval() == Approval.APPROVED);
        });
    return fields;
  }

  /** A scripted action's answer: what was done, then the day as {@code status --json} shows it. */
  public static Map<String, Object> json(String action, Employee employee, WorkdayView day) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("action", action);
    fields.putAll(json(employee, Option.some(day)));
    return fields;
  }

  private static String offset(Punch punch) {
    return punch.at().atZone(punch.zone()).toOffsetDateTime().toString();
  }
}
