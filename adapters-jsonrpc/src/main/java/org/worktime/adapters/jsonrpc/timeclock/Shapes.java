package org.worktime.adapters.jsonrpc.timeclock;

import com.fasterxml.jackson.core.JsonGenerator;
import io.vavr.control.Option;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.place.LocationType;
import org.worktime.domain.place.NetworkPlace;
import org.worktime.domain.place.Origin;
import org.worktime.domain.text.Note;
import org.worktime.domain.time.Punch;
import org.worktime.domain.timer.TaskTimer;
import org.worktime.domain.workday.Workday;

/**
 * The objects TimeClock answers, field by field in seed 004's order. Every time of a session, of
 * its lunches and of its work logs is the wall time in the session's zone (the zone it started in),
 * the one {@code timezone} the session names. What is still running has a null end.
 */
final class Shapes {

  private Shapes() {}

  /** {@code sessions}: one session. */
  static void session(JsonGenerator json, Workday day) throws IOException {
    json.writeStartObject();
    sessionFields(json, day);
    json.writeEndObject();
  }

  /** {@code timesheet}'s session fields, before its {@code lunches} and {@code workLogs}. */
  static void sessionFields(JsonGenerator json, Workday day) throws IOException {
    ZoneId zone = day.zone();
    json.writeStringField("startDate", WallClock.format(day.start().at(), zone));
    json.writeStringField(
        "endDate", day.end().map(end -> WallClock.format(end.at(), zone)).getOrNull());
    json.writeStringField("timezone", WallClock.name(zone));
    json.writeStringField("locationType", locationType(day.start()).getOrNull());
    json.writeStringField("startSourceType", sourceType(day.start().origin()));
    json.writeStringField(
        "endSourceType", day.end().map(end -> sourceType(end.origin())).getOrNull());
  }

  /** {@code lunches}: one break; {@code inTimesheet} leaves out the zone its session names. */
  static void lunch(
      JsonGenerator json, ZoneId zone, Punch start, Option<Punch> end, boolean inTimesheet)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("startDate", WallClock.format(start.at(), zone));
    json.writeStringField(
        "endDate", end.map(punch -> WallClock.format(punch.at(), zone)).getOrNull());
    if (!inTimesheet) {
      json.writeStringField("timezone", WallClock.name(zone));
    }
    json.writeStringField("startSourceType", sourceType(start.origin()));
    json.writeStringField(
        "endSourceType", end.map(punch -> sourceType(punch.origin())).getOrNull());
    json.writeEndObject();
  }

  /** A day's finished breaks, then its running one. */
  static void lunchesOf(JsonGenerator json, Workday day, boolean inTimesheet) throws IOException {
    for (var done : day.breaks()) {
      lunch(json, day.zone(), done.start(), Option.some(done.end()), inTimesheet);
    }
    for (var running : day.runningBreak()) {
      lunch(json, day.zone(), running.start(), Option.none(), inTimesheet);
    }
  }

  /**
   * {@code timesheet}'s work log: a task timer, in the zone of the session it lies in; a write's
   * answer adds the {@code timezone} it names.
   */
  static void workLog(JsonGenerator json, TaskTimer timer, ZoneId zone, boolean withTimezone)
      throws IOException {
    Option<Punch> end = timer.fold(running -> Option.none(), stopped -> Option.some(stopped.end()));
    json.writeStartObject();
    json.writeStringField("name", timer.details().name().map(Note::text).getOrNull());
    json.writeStringField(
        "externalId", timer.details().externalId().map(Object::toString).getOrNull());
    json.writeStringField("startDate", WallClock.format(timer.start().at(), zone));
    json.writeStringField(
        "endDate", end.map(punch -> WallClock.format(punch.at(), zone)).getOrNull());
    if (withTimezone) {
      json.writeStringField("timezone", WallClock.name(zone));
    }
    json.writeStringField("startSourceType", sourceType(timer.start().origin()));
    json.writeStringField(
        "endSourceType", end.map(punch -> sourceType(punch.origin())).getOrNull());
    json.writeEndObject();
  }

  /**
   * {@code extended-sessions}' session. {@code duration} is the session's elapsed real seconds,
   * start to end (to {@code now} while it runs), breaks included, as seed 004 shows (12:35:50 to
   * 15:38:12 is 10942 s). We model no absences: a session is never one.
   */
  static void extendedSession(JsonGenerator json, Workday day, Instant now) throws IOException {
    ZoneId zone = day.zone();
    Option<Punch> end = day.end();
    json.writeStartObject();
    json.writeStringField("startDate", WallClock.format(day.start().at(), zone));
    json.writeStringField("startDateSentAt", WallClock.format(day.start().sentAt(), zone));
    json.writeStringField("startNote", day.start().note().map(Note::text).getOrNull());
    json.writeStringField(
        "endDate", end.map(punch -> WallClock.format(punch.at(), zone)).getOrNull());
    json.writeStringField(
        "endDateSentAt", end.map(punch -> WallClock.format(punch.sentAt(), zone)).getOrNull());
    json.writeStringField("endNote", end.flatMap(Punch::note).map(Note::text).getOrNull());
    json.writeNumberField("duration", day.elapsedAt(now).getSeconds());
    json.writeStringField("timezone", WallClock.name(zone));
    json.writeStringField("locationType", locationType(day.start()).getOrNull());
    json.writeStringField("startSourceType", sourceType(day.start().origin()));
    json.writeStringField(
        "endSourceType", end.map(punch -> sourceType(punch.origin())).getOrNull());
    json.writeBooleanField("isAbsence", false);
    json.writeNullField("absenceName");
    json.writeNullField("absenceNote");
    json.writeNullField("absenceApprovedDate");
    json.writeNullField("absenceApprovedManager");
    json.writeNullField("absenceCodeDays");
    json.writeNullField("absenceCodeHors");
    json.writeEndObject();
  }

  /** {@code employees}: one employee. */
  static void employee(JsonGenerator json, Employee employee) throws IOException {
    json.writeStartObject();
    json.writeNumberField("employeeNumber", employee.number());
    json.writeStringField("email", employee.email());
    json.writeStringField("name", employee.name());
    json.writeStringField("timezone", WallClock.name(employee.homeZone()));
    json.writeStringField("role", employee.role().name().toLowerCase(Locale.ROOT));
    json.writeEndObject();
  }

  static String sourceType(Origin origin) {
    return origin.source().name().toLowerCase(Locale.ROOT);
  }

  /**
   * The place the punch stated; without one, {@code office} when its address was in one of the
   * company's office networks (timeman.networkrange), since that is where it was made.
   */
  static Option<String> locationType(Punch punch) {
    return punch
        .origin()
        .location()
        .orElse(
            () ->
                punch
                    .origin()
                    .network()
                    .flatMap(NetworkPlace::office)
                    .map(in -> LocationType.OFFICE))
        .map(Shapes::name);
  }

  static String name(LocationType type) {
    return type.name().toLowerCase(Locale.ROOT);
  }
}
