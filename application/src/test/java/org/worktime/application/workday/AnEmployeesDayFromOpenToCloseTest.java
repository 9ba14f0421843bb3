package org.worktime.application.workday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.application.EngineFixture.BERLIN;
import static org.worktime.application.EngineFixture.MONDAY_NINE;
import static org.worktime.application.EngineFixture.WEB;
import static org.worktime.application.EngineFixture.accepted;
import static org.worktime.application.EngineFixture.as;
import static org.worktime.application.EngineFixture.refused;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.worktime.application.Actor;
import org.worktime.application.EngineFixture;
import org.worktime.application.Refusal;
import org.worktime.application.port.AuditEntry;
import org.worktime.domain.workday.Approval;
import org.worktime.domain.workday.Break;
import org.worktime.domain.workday.ClosedWorkday;
import org.worktime.domain.workday.Closing;
import org.worktime.domain.workday.OpenedWorkday;
import org.worktime.domain.workday.PausedWorkday;
import org.worktime.domain.workday.Timing;
import org.worktime.domain.workday.Workday;
import org.worktime.domain.workday.WorkdayError;
import org.worktime.domain.workday.WorkdayStatus;

class AnEmployeesDayFromOpenToCloseTest {

  private final EngineFixture fixture = new EngineFixture();
  private final Actor eve = fixture.acme.employee();

  @Test
  void anEmployeeWhoNeverOpenedADayHasNoStatus() {
    assertThat(fixture.status(eve)).isEmpty();
  }

  @Test
  void openingStartsADayNowInTheEmployeesZone() {
    WorkdayView opened = fixture.open(eve);

    assertThat(opened.status()).isEqualTo(WorkdayStatus.OPENED);
    assertThat(opened.workday()).isInstanceOf(OpenedWorkday.class);
    assertThat(opened.workday().employee()).isEqualTo(eve.employee());
    assertThat(opened.workday().tenant()).isEqualTo(eve.tenant());
    assertThat(opened.workday().start().at()).isEqualTo(MONDAY_NINE);
    assertThat(opened.workday().zone()).isEqualTo(BERLIN);
    assertThat(opened.workday().date()).isEqualTo(LocalDate.of(2025, 3, 10));
    assertThat(opened.workday().approval()).isEqualTo(Approval.APPROVED);
    assertThat(opened.asOf()).isEqualTo(MONDAY_NINE);
    assertThat(opened.expiresAt()).isEqualTo(Instant.parse("2025-03-10T23:00:00Z"));
    assertThat(opened.suggestedClose()).isEqualTo(MONDAY_NINE.plus(Duration.ofHours(9)));
  }

  @Test
  void theOpenedDayIsWhatTheStatusAndTheHistoryShow() {
    WorkdayView opened = fixture.open(eve);
    fixture.advance(Duration.ofHours(1));

    WorkdayView status = fixture.status(eve).get();
    assertThat(status.workday()).isEqualTo(opened.workday());
    assertThat(status.status()).isEqualTo(WorkdayStatus.OPENED);
    assertThat(status.asOf()).isEqualTo(MONDAY_NINE.plus(Duration.ofHours(1)));
    assertThat(status.workday().netWorkedAt(status.asOf())).isEqualTo(Duration.ofHours(1));
    assertThat(fixture.history(opened.workday().id()).map(AuditEntry::action))
        .containsExactly("OPEN");
  }

  @Test
  void pausingStartsABreakAndResumingEndsIt() {
    fixture.open(eve);
    fixture.advance(Duration.ofHours(3));

    WorkdayView paused = fixture.pause(eve);
    assertThat(paused.status()).isEqualTo(WorkdayStatus.PAUSED);
    assertThat(paused.workday()).isInstanceOf(PausedWorkday.class);
    assertThat(paused.workday().runningBreak().get().start().at()).isEqualTo(fixture.now());
    assertThat(fixture.status(eve).get().status()).isEqualTo(WorkdayStatus.PAUSED);

    fixture.advance(Duration.ofMinutes(30));
    WorkdayView resumed = fixture.resume(eve);

    assertThat(resumed.status()).isEqualTo(WorkdayStatus.OPENED);
    assertThat(resumed.workday().runningBreak()).isEmpty();
    assertThat(resumed.workday().breaks()).hasSize(1);
    assertThat(resumed.workday().breaks().head().duration()).isEqualTo(Duration.ofMinutes(30));
    WorkdayView status = fixture.status(eve).get();
    assertThat(status.workday().breakTimeAt(fixture.now())).isEqualTo(Duration.ofMinutes(30));
    assertThat(status.workday().netWorkedAt(fixture.now())).isEqualTo(Duration.ofHours(3));
  }

  @Test
  void openingAPausedDayContinuesIt() {
    WorkdayView opened = fixture.open(eve);
    fixture.advance(Duration.ofHours(2));
    fixture.pause(eve);
    fixture.advance(Duration.ofMinutes(15));

    WorkdayView continued = fixture.open(eve);

    assertThat(continued.status()).isEqualTo(WorkdayStatus.OPENED);
    assertThat(continued.workday().id()).isEqualTo(opened.workday().id());
    assertThat(continued.workday().breaks().map(Break::duration))
        .containsExactly(Duration.ofMinutes(15));
  }

  @Test
  void closingEndsTheDayWithItsDurations() {
    WorkdayView opened = fixture.open(eve);
    fixture.advance(Duration.ofHours(3));
    fixture.pause(eve);
    fixture.advance(Duration.ofMinutes(30));
    fixture.resume(eve);
    fixture.advance(Duration.ofHours(5));

    WorkdayView closed = fixture.close(eve);

    Instant end = MONDAY_NINE.plus(Duration.ofMinutes(8 * 60 + 30));
    assertThat(closed.status()).isEqualTo(WorkdayStatus.CLOSED);
    assertThat(closed.workday()).isInstanceOf(ClosedWorkday.class);
    assertThat(closed.workday().end().get().at()).isEqualTo(end);
    assertThat(closed.workday().end().get().zone()).isEqualTo(BERLIN);
    assertThat(closed.workday().elapsedAt(end)).isEqualTo(Duration.ofMinutes(8 * 60 + 30));
    assertThat(closed.workday().breakTimeAt(end)).isEqualTo(Duration.ofMinutes(30));
    assertThat(closed.workday().netWorkedAt(end)).isEqualTo(Duration.ofHours(8));

    fixture.advance(Duration.ofHours(1));
    WorkdayView status = fixture.status(eve).get();
    assertThat(status.status()).isEqualTo(WorkdayStatus.CLOSED);
    assertThat(status.workday()).isEqualTo(closed.workday());
    assertThat(status.workday().netWorkedAt(fixture.now())).isEqualTo(Duration.ofHours(8));
    assertThat(fixture.history(opened.workday().id()).map(AuditEntry::action))
        .containsExactly("OPEN", "PAUSE", "RESUME", "CLOSE");

    java.util.List<Workday> days = new ArrayList<>();
    long count =
        accepted(
            fixture
                .engine
                .workdaysInPeriod()
                .forEachDay(
                    as(eve),
                    Option.none(),
                    LocalDate.of(2025, 3, 10),
                    LocalDate.of(2025, 3, 10),
                    days::add));
    assertThat(count).isOne();
    assertThat(days).containsExactly(closed.workday());
  }

  @Test
  void closingAPausedDayEndsItsBreakToo() {
    fixture.open(eve);
    fixture.advance(Duration.ofHours(4));
    fixture.pause(eve);
    fixture.advance(Duration.ofMinutes(20));

    WorkdayView closed = fixture.close(eve);

    assertThat(closed.status()).isEqualTo(WorkdayStatus.CLOSED);
    assertThat(closed.workday().breaks().map(Break::duration))
        .containsExactly(Duration.ofMinutes(20));
    assertThat(closed.workday().netWorkedAt(fixture.now())).isEqualTo(Duration.ofHours(4));
  }

  @Test
  void reopeningTodaysClosedDayTurnsTheTimeItStoodClosedIntoABreak() {
    WorkdayView closed = fixture.workedFor(eve, Duration.ofHours(7));
    Instant closedAt = fixture.now();
    fixture.advance(Duration.ofMinutes(30));

    WorkdayView reopened =
        accepted(
            fixture
                .engine
                .reopenWorkday()
                .reopen(new ReopenWorkdayUseCase.Command(as(eve), eve.employee())));

    assertThat(reopened.status()).isEqualTo(WorkdayStatus.OPENED);
    assertThat(reopened.workday().id()).isEqualTo(closed.workday().id());
    assertThat(reopened.workday().end()).isEmpty();
    Break gap = reopened.workday().breaks().last();
    assertThat(gap.start().at()).isEqualTo(closedAt);
    assertThat(gap.end().at()).isEqualTo(fixture.now());
    assertThat(reopened.workday().netWorkedAt(fixture.now())).isEqualTo(Duration.ofHours(7));
    assertThat(fixture.status(eve).get().workday()).isEqualTo(reopened.workday());
  }

  @Test
  void aDayLeftOpenPastMidnightIsExpiredAndClosesOnlyAtAnExplicitTime() {
    WorkdayView opened = fixture.open(eve);
    fixture.clock.set(Instant.parse("2025-03-10T23:30:00Z"));

    assertThat(fixture.status(eve).get().status()).isEqualTo(WorkdayStatus.EXPIRED);
    Refusal withoutTime = refused(fixture.engine.closeWorkday().close(closeNow(eve)));
    assertThat(withoutTime)
        .isEqualTo(
            new Refusal.WorkdayRefused(
                new WorkdayError.WorkdayExpired(
                    opened.workday().id(), opened.expiresAt(), opened.suggestedClose())));

    ZonedDateTime fivePm = ZonedDateTime.of(2025, 3, 10, 17, 0, 0, 0, BERLIN);
    WorkdayView closed =
        accepted(
            fixture
                .engine
                .closeWorkday()
                .close(
                    new CloseWorkdayUseCase.Command(
                        as(eve),
                        new DayRef.LatestOf(eve.employee()),
                        new Closing(
                            new Timing.Manual(fivePm, Option.none()), WEB, Option.none()))));

    assertThat(closed.status()).isEqualTo(WorkdayStatus.CLOSED);
    assertThat(closed.workday().end().get().at()).isEqualTo(fivePm.toInstant());
    assertThat(closed.workday().approval())
        .as("a manual time far from now waits for a manager (ACTIVE false)")
        .isEqualTo(Approval.PENDING);
  }

  private CloseWorkdayUseCase.Command closeNow(Actor actor) {
    return EngineFixture.closeNow(as(actor), actor);
  }
}
