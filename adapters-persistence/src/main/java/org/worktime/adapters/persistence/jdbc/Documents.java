package org.worktime.adapters.persistence.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.worktime.application.port.Snapshot;
import org.worktime.domain.id.BreakId;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.Id;
import org.worktime.domain.id.TenantId;
import org.worktime.domain.id.TimerId;
import org.worktime.domain.id.WorkdayId;
import org.worktime.domain.place.GeoPoint;
import org.worktime.domain.place.IpAddress;
import org.worktime.domain.place.LocationType;
import org.worktime.domain.place.NetworkPlace;
import org.worktime.domain.place.NetworkRange;
import org.worktime.domain.place.Origin;
import org.worktime.domain.place.SourceType;
import org.worktime.domain.policy.Schedule;
import org.worktime.domain.policy.SchedulePolicy;
import org.worktime.domain.policy.Shift;
import org.worktime.domain.text.Note;
import org.worktime.domain.time.Punch;
import org.worktime.domain.timer.AccountId;
import org.worktime.domain.timer.ExternalId;
import org.worktime.domain.timer.RunningTimer;
import org.worktime.domain.timer.StoppedTimer;
import org.worktime.domain.timer.TaskTimer;
import org.worktime.domain.timer.TimerDetails;
import org.worktime.domain.workday.Approval;
import org.worktime.domain.workday.Break;
import org.worktime.domain.workday.ClosedWorkday;
import org.worktime.domain.workday.OpenedWorkday;
import org.worktime.domain.workday.PausedWorkday;
import org.worktime.domain.workday.RunningBreak;
import org.worktime.domain.workday.Verification;
import org.worktime.domain.workday.Workday;

/**
 * The JSON documents in which workdays, timers, policies and audit snapshots are kept whole.
 * Written by hand over Jackson's tree, so the stored form is explicit and does not change with a
 * record's accessors. Instants are ISO-8601 text ({@link Instant#toString()}), exact to the
 * nanosecond; zones are their ids; durations and local times their ISO text; text is kept as the
 * Java string it is (Jackson escapes only what JSON requires, never re-encodes).
 */
final class Documents {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Documents() {}

  // --- workdays ---

  static String workday(Workday day) {
    return text(workdayNode(day));
  }

  static Workday workday(String document) {
    return workdayOf(parse(document));
  }

  private static ObjectNode workdayNode(Workday day) {
    ObjectNode node = JSON.createObjectNode();
    node.put("state", stateOf(day));
    node.put("id", day.id().value().toString());
    node.put("tenant", day.tenant().value().toString());
    node.put("employee", day.employee().value().toString());
    node.set("start", punchNode(day.start()));
    ArrayNode breaks = node.putArray("breaks");
    day.breaks().forEach(b -> breaks.add(breakNode(b)));
    node.put("approval", day.approval().name());
    if (day instanceof PausedWorkday paused) {
      ObjectNode running = node.putObject("runningBreak");
      running.put("id", paused.running().id().value().toString());
      running.set("start", punchNode(paused.running().start()));
    }
    if (day instanceof ClosedWorkday closed) {
      node.set("finish", punchNode(closed.finish()));
      closed
          .verification()
          .forEach(
              v -> {
                ObjectNode verification = node.putObject("verification");
                verification.put("by", v.by().value().toString());
                verification.put("at", v.at().toString());
              });
    }
    return node;
  }

  static String stateOf(Workday day) {
    if (day instanceof OpenedWorkday) {
      return "OPENED";
    }
    return day instanceof PausedWorkday ? "PAUSED" : "CLOSED";
  }

  private static Workday workdayOf(JsonNode node) {
    WorkdayId id = WorkdayId.of(id(node, "id"));
    TenantId tenant = TenantId.of(id(node, "tenant"));
    EmployeeId employee = EmployeeId.of(id(node, "employee"));
    Punch start = punchOf(node.get("start"));
    Seq<Break> breaks = List.ofAll(node.get("breaks")).map(Documents::breakOf);
    Approval approval = Approval.valueOf(node.get("approval").asText());
    String state = node.get("state").asText();
    switch (state) {
      case "OPENED":
        return new OpenedWorkday(id, tenant, employee, start, breaks, approval);
      case "PAUSED":
        JsonNode running = node.get("runningBreak");
        return new PausedWorkday(
            id,
            tenant,
            employee,
            start,
            breaks,
            new RunningBreak(BreakId.of(id(running, "id")), punchOf(running.get("start"))),
            approval);
      case "CLOSED":
        Option<Verification> verification =
            optional(node, "verification")
                .map(
                    v ->
                        new Verification(
                            EmployeeId.of(id(v, "by")),
                            StoredInstants.parse(v.get("at").asText())));
        return new ClosedWorkday(
            id,
            tenant,
            employee,
            start,
            breaks,
            punchOf(node.get("finish")),
            approval,
            verification);
      default:
        throw new IllegalStateException("unknown workday state in the database: " + state);
    }
  }

  private static ObjectNode breakNode(Break finished) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", finished.id().value().toString());
    node.set("start", punchNode(finished.start()));
    node.set("end", punchNode(finished.end()));
    return node;
  }

  private static Break breakOf(JsonNode node) {
    return new Break(
        BreakId.of(id(node, "id")), punchOf(node.get("start")), punchOf(node.get("end")));
  }

  // --- punches ---

  private static ObjectNode punchNode(Punch punch) {
    ObjectNode node = JSON.createObjectNode();
    node.put("at", punch.at().toString());
    node.put("zone", punch.zone().getId());
    node.put("sentAt", punch.sentAt().toString());
    ObjectNode origin = node.putObject("origin");
    origin.put("source", punch.origin().source().name());
    punch.origin().ip().forEach(ip -> origin.put("ip", ip.text()));
    punch
        .origin()
        .position()
        .forEach(
            point -> {
              ObjectNode position = origin.putObject("position");
              position.put("latitude", point.latitude());
              position.put("longitude", point.longitude());
            });
    punch.origin().location().forEach(location -> origin.put("location", location.name()));
    punch.origin().network().forEach(network -> origin.set("network", networkNode(network)));
    punch.note().forEach(note -> node.put("note", note.text()));
    return node;
  }

  private static Punch punchOf(JsonNode node) {
    JsonNode origin = node.get("origin");
    return new Punch(
        StoredInstants.parse(node.get("at").asText()),
        ZoneId.of(node.get("zone").asText()),
        StoredInstants.parse(node.get("sentAt").asText()),
        new Origin(
            SourceType.valueOf(origin.get("source").asText()),
            text(origin, "ip").map(IpAddress::new),
            optional(origin, "position")
                .map(
                    p -> new GeoPoint(p.get("latitude").asDouble(), p.get("longitude").asDouble())),
            text(origin, "location").map(LocationType::valueOf),
            optional(origin, "network").map(Documents::networkOf)),
        text(node, "note").map(Note::new));
  }

  /** Outside: {@code {"outside": true}}; inside: the office network as it was when punched. */
  private static ObjectNode networkNode(NetworkPlace network) {
    ObjectNode node = JSON.createObjectNode();
    return network.fold(
        office ->
            node.put("first", office.first().text())
                .put("last", office.last().text())
                .put("name", office.name()),
        () -> node.put("outside", true));
  }

  private static NetworkPlace networkOf(JsonNode node) {
    return node.has("outside")
        ? new NetworkPlace.Outside()
        : new NetworkPlace.Office(
            new NetworkRange(
                node.get("name").asText(),
                new IpAddress(node.get("first").asText()),
                new IpAddress(node.get("last").asText())));
  }

  // --- timers ---

  static String timer(TaskTimer timer) {
    return text(timerNode(timer));
  }

  static TaskTimer timer(String document) {
    return timerOf(parse(document));
  }

  private static ObjectNode timerNode(TaskTimer timer) {
    ObjectNode node = JSON.createObjectNode();
    node.put("state", timer instanceof RunningTimer ? "RUNNING" : "STOPPED");
    node.put("id", timer.id().value().toString());
    node.put("tenant", timer.tenant().value().toString());
    node.put("owner", timer.owner().value().toString());
    ObjectNode details = node.putObject("details");
    timer.details().account().forEach(account -> details.put("account", account.value()));
    timer.details().comment().forEach(comment -> details.put("comment", comment.text()));
    timer.details().externalId().forEach(external -> details.put("externalId", external.value()));
    timer.details().name().forEach(name -> details.put("name", name.text()));
    node.set("start", punchNode(timer.start()));
    if (timer instanceof StoppedTimer stopped) {
      node.set("end", punchNode(stopped.end()));
    }
    return node;
  }

  private static TaskTimer timerOf(JsonNode node) {
    TimerId id = TimerId.of(id(node, "id"));
    TenantId tenant = TenantId.of(id(node, "tenant"));
    EmployeeId owner = EmployeeId.of(id(node, "owner"));
    JsonNode d = node.get("details");
    TimerDetails details =
        new TimerDetails(
            text(d, "account").map(AccountId::new),
            text(d, "comment").map(Note::new),
            text(d, "externalId").map(ExternalId::new),
            text(d, "name").map(Note::new));
    Punch start = punchOf(node.get("start"));
    String state = node.get("state").asText();
    switch (state) {
      case "RUNNING":
        return new RunningTimer(id, tenant, owner, details, start);
      case "STOPPED":
        return new StoppedTimer(id, tenant, owner, details, start, punchOf(node.get("end")));
      default:
        throw new IllegalStateException("unknown timer state in the database: " + state);
    }
  }

  // --- snapshots ---

  static String snapshot(Snapshot snapshot) {
    ObjectNode node = JSON.createObjectNode();
    if (snapshot instanceof Snapshot.OfWorkday of) {
      node.put("kind", "WORKDAY");
      node.set("workday", workdayNode(of.workday()));
    } else {
      node.put("kind", "TIMER");
      node.set("timer", timerNode(((Snapshot.OfTimer) snapshot).timer()));
    }
    return text(node);
  }

  static Snapshot snapshot(String document) {
    JsonNode node = parse(document);
    String kind = node.get("kind").asText();
    switch (kind) {
      case "WORKDAY":
        return new Snapshot.OfWorkday(workdayOf(node.get("workday")));
      case "TIMER":
        return new Snapshot.OfTimer(timerOf(node.get("timer")));
      default:
        throw new IllegalStateException("unknown snapshot kind in the database: " + kind);
    }
  }

  // --- policies ---

  static String policy(SchedulePolicy policy) {
    ObjectNode node = JSON.createObjectNode();
    ObjectNode schedule = node.putObject("schedule");
    if (policy.schedule() instanceof Schedule.FlexibleHours flexible) {
      schedule.put("kind", "FLEXIBLE");
      schedule.put("expiresAfterDays", flexible.expiresAfterDays());
    } else {
      schedule.put("kind", "FIXED");
      ObjectNode shifts = schedule.putObject("shifts");
      Map<DayOfWeek, Shift> byDay =
          new EnumMap<>(((Schedule.FixedShifts) policy.schedule()).shifts());
      byDay.forEach(
          (day, shift) -> {
            ObjectNode s = shifts.putObject(day.name());
            s.put("start", shift.start().toString());
            s.put("end", shift.end().toString());
            s.put("plannedBreak", shift.plannedBreak().toString());
          });
    }
    policy.latestStart().forEach(t -> node.put("latestStart", t.toString()));
    policy.earliestFinish().forEach(t -> node.put("earliestFinish", t.toString()));
    policy.minimumDuration().forEach(d -> node.put("minimumDuration", d.toString()));
    node.put("allowedDelta", policy.allowedDelta().toString());
    node.put("reopenAllowed", policy.reopenAllowed());
    return text(node);
  }

  static SchedulePolicy policy(String document) {
    JsonNode node = parse(document);
    JsonNode s = node.get("schedule");
    String kind = s.get("kind").asText();
    Schedule schedule;
    switch (kind) {
      case "FLEXIBLE":
        schedule = new Schedule.FlexibleHours(s.get("expiresAfterDays").asInt());
        break;
      case "FIXED":
        Map<DayOfWeek, Shift> shifts = new EnumMap<>(DayOfWeek.class);
        for (Map.Entry<String, JsonNode> field : s.get("shifts").properties()) {
          JsonNode shift = field.getValue();
          shifts.put(
              DayOfWeek.valueOf(field.getKey()),
              new Shift(
                  LocalTime.parse(shift.get("start").asText()),
                  LocalTime.parse(shift.get("end").asText()),
                  Duration.parse(shift.get("plannedBreak").asText())));
        }
        schedule = new Schedule.FixedShifts(shifts);
        break;
      default:
        throw new IllegalStateException("unknown schedule kind in the database: " + kind);
    }
    return new SchedulePolicy(
        schedule,
        text(node, "latestStart").map(LocalTime::parse),
        text(node, "earliestFinish").map(LocalTime::parse),
        text(node, "minimumDuration").map(Duration::parse),
        Duration.parse(node.get("allowedDelta").asText()),
        node.get("reopenAllowed").asBoolean());
  }

  // --- helpers ---

  private static Id id(JsonNode node, String field) {
    return Id.of(UUID.fromString(node.get(field).asText()));
  }

  private static Option<JsonNode> optional(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? Option.none() : Option.some(value);
  }

  private static Option<String> text(JsonNode node, String field) {
    return optional(node, field).map(JsonNode::asText);
  }

  private static String text(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException("a document could not be written", impossible);
    }
  }

  private static JsonNode parse(String document) {
    try {
      return JSON.readTree(document);
    } catch (JsonProcessingException broken) {
      throw new IllegalStateException("a stored document is not valid JSON", broken);
    }
  }
}
