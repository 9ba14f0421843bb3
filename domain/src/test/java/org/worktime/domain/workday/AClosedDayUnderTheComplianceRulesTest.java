package org.worktime.domain.workday;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.worktime.domain.compliance.ComplianceRules;
import org.worktime.domain.compliance.Violation;
import org.worktime.domain.id.BreakId;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.Id;
import org.worktime.domain.id.TenantId;
import org.worktime.domain.id.WorkdayId;
import org.worktime.domain.place.Origin;
import org.worktime.domain.place.SourceType;
import org.worktime.domain.time.Interval;
import org.worktime.domain.time.Punch;

class AClosedDayUnderTheComplianceRulesTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final Origin WEB = Origin.of(SourceType.WEB);

  private static Punch at(String instant) {
    return Punch.live(Instant.parse(instant), BERLIN, WEB);
  }

  private static Id id(int n) {
    return Id.of(new UUID(0, n));
  }

  private static ClosedWorkday day(String start, String end, List<Break> breaks) {
    return new ClosedWorkday(
        WorkdayId.of(id(1)),
        TenantId.of(id(2)),
        EmployeeId.of(id(3)),
        at(start),
        breaks,
        at(end),
        Approval.APPROVED,
        Option.none());
  }

  @Test
  void itIsSeenWithItsStartDateZoneSpanAndBreaks() {
    Break lunch =
        new Break(BreakId.of(id(4)), at("2026-06-01T10:00:00Z"), at("2026-06-01T10:30:00Z"));
    ClosedWorkday closed = day("2026-06-01T06:00:00Z", "2026-06-01T15:00:00Z", List.of(lunch));

    var worked = closed.worked();

    assertThat(worked.date()).isEqualTo(LocalDate.of(2026, 6, 1));
    assertThat(worked.zone()).isEqualTo(BERLIN);
    assertThat(worked.span())
        .isEqualTo(
            new Interval(
                Instant.parse("2026-06-01T06:00:00Z"), Instant.parse("2026-06-01T15:00:00Z")));
    assertThat(worked.breaks()).containsExactly(lunch.interval());
    assertThat(worked.netWorked()).isEqualTo(Duration.ofMinutes(8 * 60 + 30));
  }

  @Test
  void nineHoursWithoutABreakViolateTheWorkingTimeAct() {
    ClosedWorkday closed = day("2026-06-01T06:00:00Z", "2026-06-01T15:00:00Z", List.empty());

    var violations =
        ComplianceRules.inspect(ComplianceRules.germanWorkingTimeAct(), List.of(closed.worked()));

    assertThat(violations).hasSize(1);
    assertThat(violations.head()).isInstanceOf(Violation.BreakTooShort.class);
    assertThat(((Violation.BreakTooShort) violations.head()).breakRequired())
        .isEqualTo(Duration.ofMinutes(30));
  }
}
