package org.worktime.application.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.application.EngineFixture.BERLIN;
import static org.worktime.application.EngineFixture.accepted;
import static org.worktime.application.EngineFixture.as;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.worktime.application.Actor;
import org.worktime.application.EngineFixture;
import org.worktime.domain.employee.Role;
import org.worktime.domain.id.PolicyId;
import org.worktime.domain.id.WorkdayId;
import org.worktime.domain.policy.Schedule;
import org.worktime.domain.policy.SchedulePolicy;
import org.worktime.domain.workday.Workday;

class DaysInAPeriodTest {

  private static final LocalDate SUNDAY = LocalDate.of(2025, 3, 9);
  private static final LocalDate MONDAY = LocalDate.of(2025, 3, 10);
  private static final LocalDate TUESDAY = LocalDate.of(2025, 3, 11);
  private static final LocalDate WEDNESDAY = LocalDate.of(2025, 3, 12);

  private final EngineFixture fixture = new EngineFixture();
  private final Actor admin = fixture.acme.admin();
  private final Actor mia = fixture.acme.manager();
  private final Actor eve = fixture.acme.employee();
  private final Actor sam = fixture.acme.colleague();

  @Test
  void aNightShiftBelongsToTheDateItStarted() {
    PolicyId twoDays =
        accepted(
            fixture
                .engine
                .policies()
                .define(
                    as(admin),
                    new SchedulePolicy(
                        new Schedule.FlexibleHours(2),
                        Option.none(),
                        Option.none(),
                        Option.none(),
                        SchedulePolicy.DEFAULT_ALLOWED_DELTA,
                        true)));
    Actor nia =
        fixture.hire(
            admin, "nia@acme.example", "Nia Night", BERLIN, Role.EMPLOYEE, Option.some(twoDays));
    fixture.clock.set(Instant.parse("2025-03-10T21:00:00Z")); // 22:00 in Berlin
    WorkdayId night = fixture.workedFor(nia, Duration.ofHours(8)).workday().id();

    assertThat(ids(days(mia, Option.some(nia), MONDAY, MONDAY))).containsExactly(night);
    assertThat(days(mia, Option.some(nia), TUESDAY, TUESDAY)).isEmpty();
  }

  @Test
  void daysBelongToTheirLocalDateEvenInZonesADayApart() {
    Actor kiri =
        fixture.hire(
            admin, "kiri@acme.example", "Kiri", ZoneId.of("Pacific/Kiritimati"), Role.EMPLOYEE);
    Actor pago =
        fixture.hire(
            admin, "pago@acme.example", "Pago", ZoneId.of("Pacific/Pago_Pago"), Role.EMPLOYEE);
    fixture.clock.set(Instant.parse("2025-03-09T18:00:00Z")); // Monday 08:00 at UTC+14
    WorkdayId kirisMonday = fixture.workedFor(kiri, Duration.ofHours(8)).workday().id();
    fixture.clock.set(Instant.parse("2025-03-10T07:00:00Z")); // Sunday 20:00 at UTC-11
    WorkdayId pagosSunday = fixture.workedFor(pago, Duration.ofHours(2)).workday().id();

    assertThat(ids(days(mia, Option.none(), MONDAY, MONDAY))).containsExactly(kirisMonday);
    assertThat(ids(days(mia, Option.none(), SUNDAY, SUNDAY))).containsExactly(pagosSunday);
    assertThat(ids(days(mia, Option.none(), SUNDAY, MONDAY)))
        .containsExactlyInAnyOrder(kirisMonday, pagosSunday);
  }

  @Test
  void bothBoundsOfThePeriodAreIncluded() {
    List<WorkdayId> week = new ArrayList<>();
    for (int day = 0; day < 4; day++) {
      week.add(fixture.workedFor(eve, Duration.ofHours(8)).workday().id());
      fixture.advance(Duration.ofHours(16));
    }

    List<Workday> streamed = new ArrayList<>();
    long count =
        accepted(
            fixture
                .engine
                .workdaysInPeriod()
                .forEachDay(as(eve), Option.none(), TUESDAY, WEDNESDAY, streamed::add));

    assertThat(count).isEqualTo(2);
    assertThat(ids(streamed)).containsExactly(week.get(1), week.get(2));
  }

  @Test
  void anEmployeeReadsTheirOwnDaysAndAManagerEveryones() {
    WorkdayId evesDay = fixture.workedFor(eve, Duration.ofHours(4)).workday().id();
    WorkdayId samsDay = fixture.workedFor(sam, Duration.ofHours(4)).workday().id();

    assertThat(ids(days(eve, Option.none(), MONDAY, MONDAY))).containsExactly(evesDay);
    assertThat(ids(days(mia, Option.none(), MONDAY, MONDAY)))
        .containsExactlyInAnyOrder(evesDay, samsDay);
    assertThat(ids(days(mia, Option.some(sam), MONDAY, MONDAY))).containsExactly(samsDay);
  }

  private List<Workday> days(Actor by, Option<Actor> whose, LocalDate from, LocalDate to) {
    List<Workday> streamed = new ArrayList<>();
    long count =
        accepted(
            fixture
                .engine
                .workdaysInPeriod()
                .forEachDay(as(by), whose.map(Actor::employee), from, to, streamed::add));
    assertThat(count).isEqualTo(streamed.size());
    return streamed;
  }

  private static List<WorkdayId> ids(List<Workday> days) {
    return days.stream().map(Workday::id).toList();
  }
}
