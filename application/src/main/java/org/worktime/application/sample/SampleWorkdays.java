package org.worktime.application.sample;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.worktime.application.port.Stores;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.employee.Role;
import org.worktime.domain.id.BreakId;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.Id;
import org.worktime.domain.id.PolicyId;
import org.worktime.domain.id.TenantId;
import org.worktime.domain.id.TimerId;
import org.worktime.domain.id.WorkdayId;
import org.worktime.domain.place.LocationType;
import org.worktime.domain.place.Origin;
import org.worktime.domain.place.SourceType;
import org.worktime.domain.policy.SchedulePolicy;
import org.worktime.domain.text.Note;
import org.worktime.domain.time.Interval;
import org.worktime.domain.time.Punch;
import org.worktime.domain.timer.ExternalId;
import org.worktime.domain.timer.StoppedTimer;
import org.worktime.domain.timer.TimerDetails;
import org.worktime.domain.workday.Approval;
import org.worktime.domain.workday.Break;
import org.worktime.domain.workday.ClosedWorkday;

/**
 * Realistic, reproducible data for tests and benchmarks: {@code employees} people spread over
 * several zones, each working the weekdays of {@code days} calendar days from {@code firstDate},
 * starting between 07:00 and 10:00 local time, with a lunch break, sometimes a coffee break, and
 * two or three task timers inside the working stretches; one day in twenty is a night shift across
 * midnight. The same seed always gives the same data, whatever the machine's clock or zone.
 */
public final class SampleWorkdays {

  /** What was generated, for a caller to check against. */
  public record Counts(long employees, long workdays, long breaks, long timers) {}

  private static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("Europe/Berlin"),
          ZoneId.of("America/New_York"),
          ZoneId.of("Asia/Jerusalem"),
          ZoneId.of("Australia/Sydney"),
          ZoneId.of("Asia/Kolkata"));

  private static final List<String> COMMENTS =
      List.of("support", "פגישה עם לקוח", "code review ✅", "planning", "☕ then deploy 🚀");

  private final TenantId tenant;
  private final long seed;

  public SampleWorkdays(TenantId tenant, long seed) {
    this.tenant = tenant;
    this.seed = seed;
  }

  /** The policy every sample employee follows: flexible hours. */
  public PolicyId policy() {
    return PolicyId.of(new Id(seed, 0));
  }

  /** Writes the data into the stores: policy, employees, days and timers, employee by employee. */
  public Counts loadInto(Stores stores, int employees, LocalDate firstDate, int days) {
    stores.policies().save(tenant, policy(), SchedulePolicy.flexible());
    return generate(
        employees,
        firstDate,
        days,
        employee ->
            stores
                .employees()
                .save(employee)
                .getOrElseThrow(c -> new IllegalStateException(c.describe())),
        day ->
            stores
                .workdays()
                .insert(day)
                .getOrElseThrow(c -> new IllegalStateException(c.describe())),
        timer ->
            stores
                .timers()
                .insert(timer)
                .getOrElseThrow(c -> new IllegalStateException(c.describe())));
  }

  /** Hands the data to the consumers in order: each employee, then their days and timers. */
  public Counts generate(
      int employees,
      LocalDate firstDate,
      int days,
      Consumer<Employee> onEmployee,
      Consumer<ClosedWorkday> onWorkday,
      Consumer<StoppedTimer> onTimer) {
    SplittableRandom random = new SplittableRandom(seed);
    long workdays = 0;
    long breaks = 0;
    long timers = 0;
    long serial = 0;
    for (int n = 1; n <= employees; n++) {
      ZoneId zone = ZONES.get((n - 1) % ZONES.size());
      Employee employee =
          new Employee(
              EmployeeId.of(new Id(seed, ++serial)),
              tenant,
              n,
              "employee" + n + "@example.com",
              "Employee " + n,
              zone,
              n == 1 ? Role.ADMIN : Role.EMPLOYEE,
              policy(),
              Option.none());
      onEmployee.accept(employee);
      for (int d = 0; d < days; d++) {
        LocalDate date = firstDate.plusDays(d);
        if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
          continue;
        }
        boolean night = random.nextInt(20) == 0;
        LocalTime startTime =
            night
                ? LocalTime.of(21, random.nextInt(60))
                : LocalTime.of(7 + random.nextInt(3), random.nextInt(60));
        Instant start = ZonedDateTime.of(date, startTime, zone).toInstant();
        Instant end = start.plus(Duration.ofMinutes(8 * 60 + random.nextInt(121)));
        if (night) {
          // A night shift ends by 06:30, before the next morning's day may start (07:00).
          Instant latest =
              ZonedDateTime.of(date.plusDays(1), LocalTime.of(6, 30), zone).toInstant();
          end = end.isAfter(latest) ? latest : end;
        }
        Instant lunchStart = start.plus(Duration.ofMinutes(4 * 60 + random.nextInt(61)));
        Instant lunchEnd = lunchStart.plus(Duration.ofMinutes(30 + random.nextInt(31)));
        List<Break> dayBreaks =
            List.of(
                new Break(
                    BreakId.of(new Id(seed, ++serial)),
                    punch(lunchStart, zone),
                    punch(lunchEnd, zone)));
        if (random.nextBoolean()) {
          Instant coffee = start.plus(Duration.ofMinutes(90 + random.nextInt(60)));
          dayBreaks =
              dayBreaks.prepend(
                  new Break(
                      BreakId.of(new Id(seed, ++serial)),
                      punch(coffee, zone),
                      punch(coffee.plus(Duration.ofMinutes(10 + random.nextInt(6))), zone)));
        }
        onWorkday.accept(
            new ClosedWorkday(
                WorkdayId.of(new Id(seed, ++serial)),
                tenant,
                employee.id(),
                punch(start, zone),
                dayBreaks,
                punch(end, zone),
                Approval.APPROVED,
                Option.none()));
        workdays++;
        breaks += dayBreaks.size();
        // Timers: one in the morning stretch (after the coffee break, if any), one or two in the
        // afternoon; each a minute inside its share of the stretch, so none touches a break.
        Instant morning = dayBreaks.size() == 2 ? dayBreaks.head().end().at() : start;
        List<Interval> stretches =
            List.of(new Interval(morning, lunchStart), new Interval(lunchEnd, end));
        for (Interval stretch : stretches) {
          int count = stretch.start().equals(lunchEnd) && random.nextBoolean() ? 2 : 1;
          Duration slice = stretch.duration().dividedBy(count);
          for (int t = 0; t < count; t++) {
            Instant from = stretch.start().plus(slice.multipliedBy(t)).plusSeconds(60);
            Instant to = from.plus(slice).minusSeconds(120);
            String comment = COMMENTS.get(random.nextInt(COMMENTS.size()));
            onTimer.accept(
                new StoppedTimer(
                    TimerId.of(new Id(seed, ++serial)),
                    tenant,
                    employee.id(),
                    TimerDetails.none()
                        .withComment(Note.of(comment).get())
                        .withExternalId(ExternalId.of("DR-" + (4000 + random.nextInt(1000))).get()),
                    punch(from, zone),
                    punch(to, zone)));
            timers++;
          }
        }
      }
    }
    return new Counts(employees, workdays, breaks, timers);
  }

  private static Punch punch(Instant at, ZoneId zone) {
    return Punch.live(at, zone, Origin.of(SourceType.WEB).withLocation(LocationType.OFFICE));
  }
}
