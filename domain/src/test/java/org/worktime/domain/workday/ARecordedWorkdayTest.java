package org.worktime.domain.workday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.Id;
import org.worktime.domain.id.IdGenerator;
import org.worktime.domain.id.TenantId;
import org.worktime.domain.id.WorkdayId;
import org.worktime.domain.place.Origin;
import org.worktime.domain.place.SourceType;
import org.worktime.domain.time.Interval;
import org.worktime.domain.time.Punch;

class ARecordedWorkdayTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final Instant NINE = Instant.parse("2026-03-10T08:00:00Z");
  private static final Instant NOW = Instant.parse("2026-03-11T12:00:00Z");
  private static final Origin CLI = Origin.of(SourceType.CLI);

  private final AtomicLong counter = new AtomicLong();
  private final IdGenerator ids = () -> Id.of(new UUID(7, counter.incrementAndGet()));

  @Test
  void aFinishedDayComesBackClosedWithItsBreaksInOrder() {
    Workday day =
        rebuilt(record(List.of(interval(5, 6), interval(3, 4)), Option.none(), Option.some(at(9))))
            .get();

    assertThat(day).isInstanceOf(ClosedWorkday.class);
    assertThat(day.breaks().map(Break::interval)).containsExactly(interval(3, 4), interval(5, 6));
    assertThat(day.breaks().map(b -> b.start().zone())).containsOnly(BERLIN);
    assertThat(day.netWorkedAt(NOW)).isEqualTo(Duration.ofHours(7));
    assertThat(day.approval()).isEqualTo(Approval.APPROVED);
  }

  @Test
  void aDayWithoutAnEndStillRunsAndOneWithARunningBreakIsPaused() {
    assertThat(rebuilt(record(List.empty(), Option.none(), Option.none())).get())
        .isInstanceOf(OpenedWorkday.class);

    Workday paused =
        rebuilt(record(List.of(interval(1, 2)), Option.some(punch(3)), Option.none())).get();
    assertThat(paused).isInstanceOf(PausedWorkday.class);
    assertThat(paused.runningBreak().get().start().at()).isEqualTo(at(3));
  }

  @Test
  void aBreakOutsideTheDayOrOverlappingAnotherIsRefused() {
    assertThat(refusal(record(List.of(interval(8, 10)), Option.none(), Option.some(at(9)))))
        .isInstanceOf(WorkdayError.BreakOutsideDay.class);
    assertThat(
            refusal(
                record(List.of(interval(1, 3), interval(2, 4)), Option.none(), Option.some(at(9)))))
        .isInstanceOf(WorkdayError.OverlappingBreak.class);
  }

  @Test
  void timesOutOfOrderOrInTheFutureAreRefused() {
    assertThat(refusal(record(List.empty(), Option.none(), Option.some(at(-1)))))
        .isInstanceOf(WorkdayError.EndBeforeStart.class);
    assertThat(refusal(record(List.empty(), Option.none(), Option.some(at(40)))))
        .isInstanceOf(WorkdayError.TimeInFuture.class);
    assertThat(refusal(record(List.of(interval(2, 4)), Option.some(punch(3)), Option.none())))
        .isInstanceOf(WorkdayError.TimeOutOfOrder.class);
  }

  @Test
  void aFinishedDayCannotHaveARunningBreak() {
    assertThatThrownBy(() -> record(List.empty(), Option.some(punch(2)), Option.some(at(9))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private WorkdayError refusal(RecordedWorkday record) {
    Either<WorkdayError, Workday> outcome = rebuilt(record);
    assertThat(outcome.isLeft()).as("refused: %s", outcome).isTrue();
    return outcome.getLeft();
  }

  private Either<WorkdayError, Workday> rebuilt(RecordedWorkday record) {
    return record.rebuild(
        WorkdayId.of(ids.next()), TenantId.of(ids.next()), EmployeeId.of(ids.next()), ids, NOW);
  }

  private static RecordedWorkday record(
      List<Interval> breaks, Option<Punch> runningBreak, Option<Instant> end) {
    return new RecordedWorkday(
        punch(0),
        breaks,
        runningBreak,
        end.map(e -> Punch.live(e, BERLIN, CLI)),
        Approval.APPROVED);
  }

  private static Punch punch(int hoursAfterNine) {
    return Punch.live(at(hoursAfterNine), BERLIN, CLI);
  }

  private static Instant at(int hoursAfterNine) {
    return NINE.plus(Duration.ofHours(hoursAfterNine));
  }

  private static Interval interval(int fromHour, int toHour) {
    return new Interval(at(fromHour), at(toHour));
  }
}
