package org.worktime.adapters.cli.timer;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.worktime.adapters.cli.Durations;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.text.Note;
import org.worktime.domain.time.Punch;
import org.worktime.domain.timer.AccountId;
import org.worktime.domain.timer.RunningTimer;
import org.worktime.domain.timer.StoppedTimer;
import org.worktime.domain.timer.TimerDetails;

/** A task timer as the command line shows it. */
final class TimerRendering {

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

  private TimerRendering() {}

  /** {@code 09:00 Europe/Berlin} on the day of {@code now}, else with the date. */
  static String moment(Punch punch, Instant now) {
    ZonedDateTime local = punch.at().atZone(punch.zone());
    boolean today = local.toLocalDate().equals(now.atZone(punch.zone()).toLocalDate());
    return (today ? CLOCK : LOCAL).format(local) + " " + punch.zone().getId();
  }

  /** {@code on account ACME-1: fix the printer}, or less. */
  static String about(TimerDetails details) {
    return details.account().map(account -> " on account " + account).getOrElse("")
        + details.comment().map(comment -> ": " + comment).getOrElse("");
  }

  static Map<String, Object> json(String action, Employee owner, RunningTimer timer) {
    Map<String, Object> fields =
        common(action, owner, timer.id().value().toString(), timer.details());
    fields.put("start", offset(timer.start()));
    return fields;
  }

  static Map<String, Object> json(String action, Employee owner, StoppedTimer timer) {
    Map<String, Object> fields =
        common(action, owner, timer.id().value().toString(), timer.details());
    fields.put("start", offset(timer.start()));
    fields.put("end", offset(timer.end()));
    fields.put("seconds", timer.duration().toSeconds());
    fields.put("duration", Durations.hoursAndMinutes(timer.duration()));
    return fields;
  }

  static Map<String, Object> listed(Employee owner, RunningTimer timer, Instant now) {
    Map<String, Object> fields =
        common(null, owner, timer.id().value().toString(), timer.details());
    fields.put("start", offset(timer.start()));
    fields.put("seconds", timer.elapsed(now).toSeconds());
    return fields;
  }

  private static Map<String, Object> common(
      String action, Employee owner, String id, TimerDetails details) {
    Map<String, Object> fields = new LinkedHashMap<>();
    if (action != null) {
      fields.put("action", action);
    }
    fields.put("id", id);
    fields.put("employee", owner.number());
    fields.put("name", owner.name());
    fields.put("account", details.account().map(AccountId::value).getOrNull());
    fields.put("comment", details.comment().map(Note::text).getOrNull());
    return fields;
  }

  private static String offset(Punch punch) {
    return punch.at().atZone(punch.zone()).toOffsetDateTime().toString();
  }
}
