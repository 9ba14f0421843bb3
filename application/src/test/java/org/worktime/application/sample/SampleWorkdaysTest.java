package org.worktime.application.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.id.Id;
import org.worktime.domain.id.TenantId;
import org.worktime.domain.time.Interval;
import org.worktime.domain.timer.StoppedTimer;
import org.worktime.domain.workday.ClosedWorkday;

class SampleWorkdaysTest {

  private static final TenantId TENANT = TenantId.of(new Id(1, 1));
  private static final LocalDate MARCH = LocalDate.of(2026, 3, 1);

  private record Generated(
      List<Employee> employees, List<ClosedWorkday> days, List<StoppedTimer> timers) {}

  private static Generated generate(long seed, int employees, int days) {
    Generated out = new Generated(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    new SampleWorkdays(TENANT, seed)
        .generate(employees, MARCH, days, out.employees()::add, out.days()::add, out.timers()::add);
    return out;
  }

  @Test
  void theSameSeedGivesTheSameDataAndAnotherSeedOtherData() {
    assertThat(generate(7, 5, 31)).isEqualTo(generate(7, 5, 31));
    assertThat(generate(8, 5, 31).days()).isNotEqualTo(generate(7, 5, 31).days());
  }

  @Test
  void employeesWorkTheWeekdaysOfTheMonthAcrossSeveralZones() {
    Generated month = generate(7, 10, 31);

    assertThat(month.employees()).hasSize(10);
    assertThat(month.employees().stream().map(Employee::homeZone).distinct()).hasSize(5);
    assertThat(month.days()).hasSize(10 * 22); // March 2026 has 22 weekdays
    assertThat(month.days())
        .allSatisfy(
            day ->
                assertThat(day.date().getDayOfWeek())
                    .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
  }

  @Test
  void everyDayIsPlausibleAndItsBreaksAndTimersLieInsideIt() {
    Generated month = generate(7, 10, 31);

    for (ClosedWorkday day : month.days()) {
      Interval span = day.spanAt(day.finish().at());
      assertThat(day.netWorkedAt(day.finish().at()))
          .isBetween(Duration.ofHours(6), Duration.ofHours(11));
      assertThat(day.breaks())
          .isNotEmpty()
          .allSatisfy(b -> assertThat(span.encloses(b.interval())).isTrue());
      List<Interval> breaks = day.breaks().map(b -> b.interval()).toJavaList();
      for (int i = 0; i < breaks.size(); i++) {
        for (int j = i + 1; j < breaks.size(); j++) {
          assertThat(breaks.get(i).overlaps(breaks.get(j))).isFalse();
        }
      }
      List<StoppedTimer> inside =
          month.timers().stream()
              .filter(t -> t.owner().equals(day.employee()) && span.encloses(t.interval()))
              .toList();
      assertThat(inside).hasSizeBetween(2, 3);
      for (StoppedTimer timer : inside) {
        assertThat(breaks).noneMatch(b -> b.overlaps(timer.interval()));
      }
    }
    assertThat(month.days().stream().filter(d -> !d.finish().localDate().equals(d.date())))
        .as("some night shifts end after midnight")
        .isNotEmpty();
  }

  @Test
  void noEmployeeHasTwoDaysThatOverlap() {
    // Large enough to hold many night shifts followed by an early morning (the overlap the
    // generator once made: a night shift running into the next day's start).
    Generated month = generate(7, 3000, 31);
    java.util.Map<org.worktime.domain.id.EmployeeId, List<Interval>> byEmployee =
        month.days().stream()
            .collect(
                java.util.stream.Collectors.groupingBy(
                    ClosedWorkday::employee,
                    java.util.stream.Collectors.mapping(
                        day -> day.spanAt(day.finish().at()),
                        java.util.stream.Collectors.toList())));

    for (Employee employee : month.employees()) {
      List<Interval> days =
          byEmployee.get(employee.id()).stream()
              .sorted(java.util.Comparator.comparing(Interval::start))
              .toList();
      for (int i = 1; i < days.size(); i++) {
        assertThat(days.get(i - 1).overlaps(days.get(i)))
            .as("%s: %s and %s", employee.email(), days.get(i - 1), days.get(i))
            .isFalse();
      }
    }
  }
}
