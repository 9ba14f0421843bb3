package org.worktime.adapters.persistence;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.worktime.application.Channel;
import org.worktime.application.port.AuditEntry;
import org.worktime.application.port.Snapshot;
import org.worktime.application.port.Stores;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.employee.Role;
import org.worktime.domain.id.BreakId;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.Id;
import org.worktime.domain.id.LocationId;
import org.worktime.domain.id.PolicyId;
import org.worktime.domain.id.TenantId;
import org.worktime.domain.id.TimerId;
import org.worktime.domain.id.WorkdayId;
import org.worktime.domain.place.GeoPoint;
import org.worktime.domain.place.IpAddress;
import org.worktime.domain.place.Location;
import org.worktime.domain.place.LocationType;
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
 * Small builders of domain values for the store contract. Instants carry nanoseconds on purpose:
 * every store must give them back exactly.
 */
final class Fixtures {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final ZoneId JERUSALEM = ZoneId.of("Asia/Jerusalem");
  static final Instant MONDAY = Instant.parse("2025-03-03T07:00:00.123456789Z");
  static final String HEBREW = "הטיימר הופעל";
  static final String EMOJI = "⏱️👩‍💻";

  private Fixtures() {}

  static Id newId() {
    return Id.of(UUID.randomUUID());
  }

  static TenantId tenant() {
    return TenantId.of(newId());
  }

  /** An id whose top bit is set or clear, to catch signed comparisons of UUIDs. */
  static Id idWithTopBit(boolean set) {
    UUID random = UUID.randomUUID();
    long high =
        set
            ? random.getMostSignificantBits() | Long.MIN_VALUE
            : random.getMostSignificantBits() & Long.MAX_VALUE;
    return new Id(high, random.getLeastSignificantBits());
  }

  static PolicyId defaultPolicy(TenantId tenant) {
    return PolicyId.of(tenant.value());
  }

  /** A tenant with its default policy, ready for employees. */
  static TenantId tenantIn(Stores stores) {
    TenantId tenant = tenant();
    stores.policies().save(tenant, defaultPolicy(tenant), SchedulePolicy.flexible());
    return tenant;
  }

  static Employee employee(TenantId tenant, long number) {
    return employee(tenant, EmployeeId.of(newId()), number);
  }

  static Employee employee(TenantId tenant, EmployeeId id, long number) {
    return new Employee(
        id,
        tenant,
        number,
        "person" + number + "@example.org",
        "Person " + number,
        BERLIN,
        Role.EMPLOYEE,
        defaultPolicy(tenant),
        Option.none());
  }

  /** Saves a new employee of the tenant and answers its id. */
  static EmployeeId hire(Stores stores, TenantId tenant, long number) {
    return hire(stores, tenant, EmployeeId.of(newId()), number);
  }

  static EmployeeId hire(Stores stores, TenantId tenant, EmployeeId id, long number) {
    return stores.employees().save(employee(tenant, id, number)).get().id();
  }

  /** Everything an origin can hold, inside an office network named in Hebrew and emoji. */
  static Origin richOrigin() {
    return Origin.of(SourceType.PHONE)
        .withIp(new IpAddress("2001:db8::1"))
        .withPosition(new GeoPoint(52.520008, 13.404954))
        .withLocation(LocationType.HOME)
        .placedAmong(io.vavr.collection.List.of(OFFICE));
  }

  static final NetworkRange OFFICE = NetworkRange.of("2001:db8::-2001:db8::ffff", "משרד 🏢").get();

  static Punch punch(Instant at) {
    return Punch.live(at, BERLIN, Origin.of(SourceType.WEB));
  }

  static Punch notedPunch(Instant at, String note) {
    return new Punch(at, JERUSALEM, at.plusSeconds(90), richOrigin(), Option.some(new Note(note)));
  }

  static OpenedWorkday opened(TenantId tenant, EmployeeId employee, Instant start) {
    return new OpenedWorkday(
        WorkdayId.of(newId()), tenant, employee, punch(start), List.empty(), Approval.APPROVED);
  }

  static Break breakOf(Instant start, Duration length) {
    return new Break(BreakId.of(newId()), punch(start), punch(start.plus(length)));
  }

  static PausedWorkday paused(TenantId tenant, EmployeeId employee, Instant start) {
    return new PausedWorkday(
        WorkdayId.of(newId()),
        tenant,
        employee,
        notedPunch(start, "late: " + HEBREW),
        List.of(breakOf(start.plusSeconds(3600), Duration.ofMinutes(15))),
        new RunningBreak(BreakId.of(newId()), notedPunch(start.plusSeconds(7200), EMOJI)),
        Approval.PENDING);
  }

  static ClosedWorkday closed(TenantId tenant, EmployeeId employee, Instant start) {
    return closed(WorkdayId.of(newId()), tenant, employee, start);
  }

  static ClosedWorkday closed(WorkdayId id, TenantId tenant, EmployeeId employee, Instant start) {
    return new ClosedWorkday(
        id,
        tenant,
        employee,
        punch(start),
        List.of(
            breakOf(start.plusSeconds(3 * 3600), Duration.ofMinutes(30)),
            breakOf(start.plusSeconds(5 * 3600), Duration.ofMinutes(5))),
        notedPunch(start.plus(Duration.ofHours(8)).plusNanos(1), HEBREW + " " + EMOJI),
        Approval.APPROVED,
        Option.none());
  }

  static ClosedWorkday verified(ClosedWorkday day, EmployeeId by) {
    return new ClosedWorkday(
        day.id(),
        day.tenant(),
        day.employee(),
        day.start(),
        day.breaks(),
        day.finish(),
        day.approval(),
        Option.some(new Verification(by, day.finish().at().plusSeconds(60))));
  }

  /** The day closed at {@code hours} after its start, keeping its id. */
  static ClosedWorkday close(Workday day, long hours) {
    return new ClosedWorkday(
        day.id(),
        day.tenant(),
        day.employee(),
        day.start(),
        day.breaks(),
        punch(day.start().at().plus(Duration.ofHours(hours))),
        day.approval(),
        Option.none());
  }

  static OpenedWorkday reopen(ClosedWorkday day) {
    return new OpenedWorkday(
        day.id(), day.tenant(), day.employee(), day.start(), day.breaks(), day.approval());
  }

  static TimerDetails richDetails() {
    return TimerDetails.none()
        .withAccount(new AccountId("ACME " + HEBREW))
        .withComment(new Note(HEBREW + " " + EMOJI))
        .withExternalId(new ExternalId("DR-4258"))
        .withName(new Note(EMOJI));
  }

  static RunningTimer running(TenantId tenant, EmployeeId owner, Instant start) {
    return new RunningTimer(TimerId.of(newId()), tenant, owner, richDetails(), punch(start));
  }

  static StoppedTimer stopped(TenantId tenant, EmployeeId owner, Instant start) {
    return new StoppedTimer(
        TimerId.of(newId()),
        tenant,
        owner,
        TimerDetails.none(),
        punch(start),
        notedPunch(start.plusSeconds(1800), "done"));
  }

  static StoppedTimer stop(RunningTimer timer, Instant end) {
    return new StoppedTimer(
        timer.id(), timer.tenant(), timer.owner(), timer.details(), timer.start(), punch(end));
  }

  static TaskTimer plainRunning(TenantId tenant, EmployeeId owner, Instant start) {
    return new RunningTimer(TimerId.of(newId()), tenant, owner, TimerDetails.none(), punch(start));
  }

  static SchedulePolicy fixedShifts() {
    return new SchedulePolicy(
        new Schedule.FixedShifts(
            Map.of(
                DayOfWeek.MONDAY,
                new Shift(LocalTime.of(9, 0), LocalTime.of(17, 30), Duration.ofMinutes(30)),
                DayOfWeek.FRIDAY,
                new Shift(LocalTime.of(22, 0), LocalTime.of(6, 0, 0, 1), Duration.ZERO))),
        Option.some(LocalTime.of(9, 15)),
        Option.some(LocalTime.of(16, 0)),
        Option.some(Duration.ofHours(7).plusNanos(5)),
        Duration.ofMinutes(20),
        false);
  }

  static AuditEntry auditOf(Workday before, Workday after, EmployeeId actor, Instant at) {
    return new AuditEntry(
        newId(),
        after.tenant(),
        after.id().value(),
        actor,
        at,
        "close",
        Option.of(before).map(Snapshot.OfWorkday::new),
        Option.some(new Snapshot.OfWorkday(after)),
        Option.some(new Note(HEBREW + " " + EMOJI)),
        Channel.BITRIX,
        Option.some("192.0.2.7"));
  }

  static AuditEntry auditOf(TenantId tenant, Id subject, EmployeeId actor, Instant at) {
    return new AuditEntry(
        newId(),
        tenant,
        subject,
        actor,
        at,
        "open",
        Option.none(),
        Option.none(),
        Option.none(),
        Channel.EMBEDDED,
        Option.none());
  }

  static AuditEntry auditOfTimer(TaskTimer timer, EmployeeId actor, Instant at) {
    return new AuditEntry(
        newId(),
        timer.tenant(),
        timer.id().value(),
        actor,
        at,
        "start timer",
        Option.none(),
        Option.some(new Snapshot.OfTimer(timer)),
        Option.none(),
        Channel.THEBASE,
        Option.none());
  }

  /** A location saved in the tenant, as an employee's location must be. */
  static LocationId location(Stores stores, TenantId tenant) {
    Location site = new Location(LocationId.of(newId()), tenant, "Tel Aviv office");
    stores.locations().save(site);
    return site.id();
  }
}
