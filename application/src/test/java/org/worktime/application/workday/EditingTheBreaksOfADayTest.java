package org.worktime.application.workday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.application.EngineFixture.MONDAY_NINE;
import static org.worktime.application.EngineFixture.WEB;
import static org.worktime.application.EngineFixture.accepted;
import static org.worktime.application.EngineFixture.as;
import static org.worktime.application.EngineFixture.refused;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.worktime.application.Actor;
import org.worktime.application.EngineFixture;
import org.worktime.application.Refusal;
import org.worktime.application.port.AuditEntry;
import org.worktime.domain.id.BreakId;
import org.worktime.domain.id.WorkdayId;
import org.worktime.domain.text.Note;
import org.worktime.domain.time.Interval;
import org.worktime.domain.workday.Break;
import org.worktime.domain.workday.WorkdayError;
import org.worktime.domain.workday.WorkdayStatus;

class EditingTheBreaksOfADayTest {

  private static final Interval NOON_TO_A_QUARTER_TO_ONE =
      new Interval(at(3, 0), at(3, 45)); // 12:00 to 12:45 in Berlin

  private final EngineFixture fixture = new EngineFixture();
  private final Actor eve = fixture.acme.employee();
  private final WorkdayId day = fixture.workedFor(eve, Duration.ofHours(8)).workday().id();

  @Test
  void aBreakAddedAfterwardsCountsAgainstTheWorkedTime() {
    WorkdayView added = addBreak(NOON_TO_A_QUARTER_TO_ONE);

    assertThat(added.status()).isEqualTo(WorkdayStatus.CLOSED);
    assertThat(added.workday().breaks().map(Break::interval))
        .containsExactly(NOON_TO_A_QUARTER_TO_ONE);
    assertThat(added.workday().netWorkedAt(fixture.now()))
        .isEqualTo(Duration.ofMinutes(8 * 60 - 45));
    assertThat(fixture.status(eve).get().workday()).isEqualTo(added.workday());
    assertThat(fixture.history(day).map(AuditEntry::action)).endsWith("ADD_BREAK");
  }

  @Test
  void aBreakMovedWithAReasonKeepsItsId() {
    BreakId added = addBreak(NOON_TO_A_QUARTER_TO_ONE).workday().breaks().head().id();
    Interval later = new Interval(at(3, 15), at(3, 45));

    WorkdayView moved =
        accepted(
            fixture
                .engine
                .editBreak()
                .editBreak(
                    new EditBreakUseCase.Command(
                        as(eve), day, added, later, new Note("lunch started late"))));

    assertThat(moved.workday().breaks()).hasSize(1);
    assertThat(moved.workday().breaks().head().id()).isEqualTo(added);
    assertThat(moved.workday().breaks().head().interval()).isEqualTo(later);
    AuditEntry edit = fixture.history(day).last();
    assertThat(edit.action()).isEqualTo("EDIT_BREAK");
    assertThat(edit.reason()).contains(new Note("lunch started late"));
  }

  @Test
  void aRemovedBreakIsGone() {
    BreakId added = addBreak(NOON_TO_A_QUARTER_TO_ONE).workday().breaks().head().id();

    WorkdayView removed =
        accepted(
            fixture
                .engine
                .removeBreak()
                .removeBreak(
                    new RemoveBreakUseCase.Command(
                        as(eve), day, added, Option.some(new Note("no lunch today")))));

    assertThat(removed.workday().breaks()).isEmpty();
    assertThat(removed.workday().netWorkedAt(fixture.now())).isEqualTo(Duration.ofHours(8));
    assertThat(fixture.status(eve).get().workday().breaks()).isEmpty();
  }

  @Test
  void aBreakOutsideTheDayIsRefused() {
    fixture.advance(Duration.ofHours(2));
    Interval evening = new Interval(at(9, 0), at(9, 30));

    Refusal refusal =
        refused(
            fixture
                .engine
                .addBreak()
                .addBreak(new AddBreakUseCase.Command(as(eve), day, evening, WEB)));

    assertThat(refusal)
        .isEqualTo(
            new Refusal.WorkdayRefused(
                new WorkdayError.BreakOutsideDay(evening, new Interval(at(0, 0), at(8, 0)))));
  }

  @Test
  void anOverlappingBreakIsRefused() {
    BreakId first = addBreak(NOON_TO_A_QUARTER_TO_ONE).workday().breaks().head().id();

    Refusal refusal =
        refused(
            fixture
                .engine
                .addBreak()
                .addBreak(
                    new AddBreakUseCase.Command(
                        as(eve), day, new Interval(at(3, 30), at(4, 0)), WEB)));

    assertThat(refusal)
        .isEqualTo(
            new Refusal.WorkdayRefused(
                new WorkdayError.OverlappingBreak(first, NOON_TO_A_QUARTER_TO_ONE)));
  }

  private WorkdayView addBreak(Interval interval) {
    return accepted(
        fixture
            .engine
            .addBreak()
            .addBreak(new AddBreakUseCase.Command(as(eve), day, interval, WEB)));
  }

  /** Hours and minutes after the day's start, 09:00 in Berlin. */
  private static Instant at(int hours, int minutes) {
    return MONDAY_NINE.plus(Duration.ofMinutes(hours * 60L + minutes));
  }
}
