package org.worktime.domain.workday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.domain.workday.WorkdayFixtures.BERLIN;
import static org.worktime.domain.workday.WorkdayFixtures.FIRST_BREAK;
import static org.worktime.domain.workday.WorkdayFixtures.MANAGER;
import static org.worktime.domain.workday.WorkdayFixtures.MONDAY;
import static org.worktime.domain.workday.WorkdayFixtures.REASON;
import static org.worktime.domain.workday.WorkdayFixtures.SECOND_BREAK;
import static org.worktime.domain.workday.WorkdayFixtures.TERMINAL;
import static org.worktime.domain.workday.WorkdayFixtures.TUESDAY;
import static org.worktime.domain.workday.WorkdayFixtures.WEB;
import static org.worktime.domain.workday.WorkdayFixtures.WORKDAY;
import static org.worktime.domain.workday.WorkdayFixtures.aBreak;
import static org.worktime.domain.workday.WorkdayFixtures.accepted;
import static org.worktime.domain.workday.WorkdayFixtures.at;
import static org.worktime.domain.workday.WorkdayFixtures.between;
import static org.worktime.domain.workday.WorkdayFixtures.closed;
import static org.worktime.domain.workday.WorkdayFixtures.openedAt;
import static org.worktime.domain.workday.WorkdayFixtures.pausedAt;
import static org.worktime.domain.workday.WorkdayFixtures.refused;
import static org.worktime.domain.workday.WorkdayFixtures.verified;

import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.worktime.domain.id.BreakId;
import org.worktime.domain.time.Punch;
import org.worktime.domain.workday.WorkdayEvent.BreakAdded;
import org.worktime.domain.workday.WorkdayEvent.BreakCorrected;
import org.worktime.domain.workday.WorkdayEvent.BreakRemoved;

class BreaksInsideAWorkdayTest {

  private static final Instant EIGHT = at(MONDAY, "08:00");
  private static final Instant FIVE_PM = at(MONDAY, "17:00");
  private static final Instant NOON = at(MONDAY, "12:00");
  private static final Instant HALF_PAST_NOON = at(MONDAY, "12:30");
  private static final Break LUNCH = aBreak(FIRST_BREAK, NOON, HALF_PAST_NOON);

  /** A break added by hand: both ends in the day's zone, sent when it was added. */
  private static Break added(BreakId id, Instant start, Instant end, Instant sentAt) {
    return new Break(
        id,
        new Punch(start, BERLIN, sentAt, TERMINAL, Option.none()),
        new Punch(end, BERLIN, sentAt, TERMINAL, Option.none()));
  }

  @Test
  void aFinishedBreakIsAddedToAnOpenedDay() {
    Instant now = at(MONDAY, "11:00");
    Instant ten = at(MONDAY, "10:00");
    Instant quarterPastTen = at(MONDAY, "10:15");

    var transition =
        accepted(
            Workdays.addBreak(
                openedAt(EIGHT), SECOND_BREAK, between(ten, quarterPastTen), TERMINAL, now));

    Break coffee = added(SECOND_BREAK, ten, quarterPastTen, now);
    assertThat(transition.workday()).isEqualTo(openedAt(EIGHT, coffee));
    assertThat(transition.events()).containsExactly(new BreakAdded(WORKDAY, coffee));
  }

  @Test
  void breaksStayInTheOrderTheyHappened() {
    Instant now = at(MONDAY, "13:00");

    var transition =
        accepted(
            Workdays.addBreak(
                openedAt(EIGHT, LUNCH),
                SECOND_BREAK,
                between(at(MONDAY, "10:00"), at(MONDAY, "10:15")),
                TERMINAL,
                now));

    assertThat(transition.workday().breaks())
        .containsExactly(added(SECOND_BREAK, at(MONDAY, "10:00"), at(MONDAY, "10:15"), now), LUNCH);
  }

  @Test
  void aBreakIsAddedToAClosedDay() {
    Instant now = at(TUESDAY, "09:00");

    var transition =
        accepted(
            Workdays.addBreak(
                closed(EIGHT, FIVE_PM), FIRST_BREAK, between(NOON, HALF_PAST_NOON), TERMINAL, now));

    Break lunch = added(FIRST_BREAK, NOON, HALF_PAST_NOON, now);
    assertThat(transition.workday()).isEqualTo(closed(EIGHT, FIVE_PM, lunch));
    assertThat(transition.events()).containsExactly(new BreakAdded(WORKDAY, lunch));
  }

  @Test
  void aBreakIsAddedBeforeTheRunningOneOfAPausedDay() {
    Instant now = at(MONDAY, "12:30");

    var transition =
        accepted(
            Workdays.addBreak(
                pausedAt(EIGHT, NOON),
                SECOND_BREAK,
                between(at(MONDAY, "10:00"), at(MONDAY, "10:15")),
                TERMINAL,
                now));

    assertThat(transition.workday())
        .isEqualTo(
            pausedAt(
                EIGHT, NOON, added(SECOND_BREAK, at(MONDAY, "10:00"), at(MONDAY, "10:15"), now)));
  }

  @Test
  void aBreakThatOnlyTouchesAnotherIsAllowed() {
    var transition =
        accepted(
            Workdays.addBreak(
                closed(EIGHT, FIVE_PM, LUNCH),
                SECOND_BREAK,
                between(HALF_PAST_NOON, at(MONDAY, "12:45")),
                TERMINAL,
                FIVE_PM));

    assertThat(transition.workday().breaks()).hasSize(2);
  }

  @Test
  void aBreakOutsideAClosedDayIsRefused() {
    Instant quarterToFive = at(MONDAY, "16:45");
    Instant quarterPastFive = at(MONDAY, "17:15");

    var result =
        Workdays.addBreak(
            closed(EIGHT, FIVE_PM),
            FIRST_BREAK,
            between(quarterToFive, quarterPastFive),
            TERMINAL,
            at(MONDAY, "18:00"));

    assertThat(refused(result))
        .isEqualTo(
            new WorkdayError.BreakOutsideDay(
                between(quarterToFive, quarterPastFive), between(EIGHT, FIVE_PM)));
  }

  @Test
  void aBreakBeforeARunningDayStartedIsOutsideTheDaySoFar() {
    Instant now = at(MONDAY, "10:00");

    var result =
        Workdays.addBreak(
            openedAt(EIGHT),
            FIRST_BREAK,
            between(at(MONDAY, "07:30"), at(MONDAY, "08:15")),
            TERMINAL,
            now);

    assertThat(refused(result))
        .isEqualTo(
            new WorkdayError.BreakOutsideDay(
                between(at(MONDAY, "07:30"), at(MONDAY, "08:15")), between(EIGHT, now)));
  }

  @Test
  void aBreakInTheFutureIsRefused() {
    Instant now = at(MONDAY, "10:15");

    var result =
        Workdays.addBreak(
            openedAt(EIGHT),
            FIRST_BREAK,
            between(at(MONDAY, "10:00"), at(MONDAY, "10:30")),
            TERMINAL,
            now);

    assertThat(refused(result))
        .isEqualTo(new WorkdayError.TimeInFuture(Action.ADD_BREAK, at(MONDAY, "10:30"), now));
  }

  @Test
  void anOverlappingBreakIsRefused() {
    var result =
        Workdays.addBreak(
            closed(EIGHT, FIVE_PM, LUNCH),
            SECOND_BREAK,
            between(at(MONDAY, "12:15"), at(MONDAY, "12:45")),
            TERMINAL,
            FIVE_PM);

    assertThat(refused(result))
        .isEqualTo(new WorkdayError.OverlappingBreak(FIRST_BREAK, between(NOON, HALF_PAST_NOON)));
  }

  @Test
  void aBreakOverlappingTheRunningBreakIsRefused() {
    var result =
        Workdays.addBreak(
            pausedAt(EIGHT, NOON),
            SECOND_BREAK,
            between(at(MONDAY, "11:50"), at(MONDAY, "12:10")),
            TERMINAL,
            HALF_PAST_NOON);

    assertThat(refused(result))
        .isEqualTo(new WorkdayError.OverlappingBreak(FIRST_BREAK, between(NOON, HALF_PAST_NOON)));
  }

  @Test
  void aBreakEndingWhereTheRunningBreakBeganIsAllowed() {
    Instant tenToNoon = at(MONDAY, "11:50");

    var transition =
        accepted(
            Workdays.addBreak(
                pausedAt(EIGHT, NOON), SECOND_BREAK, between(tenToNoon, NOON), TERMINAL, NOON));

    assertThat(transition.workday())
        .isEqualTo(pausedAt(EIGHT, NOON, added(SECOND_BREAK, tenToNoon, NOON, NOON)));
  }

  @Test
  void editingABreakMovesItAndKeepsBothVersions() {
    Instant tenPastNoon = at(MONDAY, "12:10");
    Instant twentyToOne = at(MONDAY, "12:40");

    var transition =
        accepted(
            Workdays.editBreak(
                closed(EIGHT, FIVE_PM, LUNCH),
                FIRST_BREAK,
                between(tenPastNoon, twentyToOne),
                REASON,
                FIVE_PM));

    Break moved =
        new Break(
            FIRST_BREAK,
            new Punch(tenPastNoon, BERLIN, NOON, WEB, Option.none()),
            new Punch(twentyToOne, BERLIN, HALF_PAST_NOON, WEB, Option.none()));
    assertThat(transition.workday()).isEqualTo(closed(EIGHT, FIVE_PM, moved));
    assertThat(transition.events())
        .containsExactly(new BreakCorrected(WORKDAY, LUNCH, moved, REASON));
  }

  @Test
  void editingABreakOntoAnotherIsRefused() {
    Break coffee = aBreak(SECOND_BREAK, at(MONDAY, "15:00"), at(MONDAY, "15:15"));

    var result =
        Workdays.editBreak(
            closed(EIGHT, FIVE_PM, LUNCH, coffee),
            FIRST_BREAK,
            between(at(MONDAY, "14:50"), at(MONDAY, "15:05")),
            REASON,
            FIVE_PM);

    assertThat(refused(result))
        .isEqualTo(
            new WorkdayError.OverlappingBreak(
                SECOND_BREAK, between(at(MONDAY, "15:00"), at(MONDAY, "15:15"))));
  }

  @Test
  void editingABreakOutsideTheDayIsRefused() {
    var result =
        Workdays.editBreak(
            closed(EIGHT, FIVE_PM, LUNCH),
            FIRST_BREAK,
            between(at(MONDAY, "07:00"), at(MONDAY, "07:30")),
            REASON,
            FIVE_PM);

    assertThat(refused(result))
        .isEqualTo(
            new WorkdayError.BreakOutsideDay(
                between(at(MONDAY, "07:00"), at(MONDAY, "07:30")), between(EIGHT, FIVE_PM)));
  }

  @Test
  void editingABreakIntoTheFutureIsRefused() {
    Instant now = at(MONDAY, "12:45");

    var result =
        Workdays.editBreak(
            openedAt(EIGHT, LUNCH), FIRST_BREAK, between(NOON, at(MONDAY, "13:00")), REASON, now);

    assertThat(refused(result))
        .isEqualTo(new WorkdayError.TimeInFuture(Action.EDIT_BREAK, at(MONDAY, "13:00"), now));
  }

  @Test
  void editingAnUnknownBreakIsBreakNotFound() {
    var result =
        Workdays.editBreak(
            closed(EIGHT, FIVE_PM, LUNCH),
            SECOND_BREAK,
            between(NOON, HALF_PAST_NOON),
            REASON,
            FIVE_PM);

    assertThat(refused(result)).isEqualTo(new WorkdayError.BreakNotFound(SECOND_BREAK));
  }

  @Test
  void theRunningBreakIsNotAFinishedBreakToEdit() {
    var result =
        Workdays.editBreak(
            pausedAt(EIGHT, NOON),
            FIRST_BREAK,
            between(at(MONDAY, "12:05"), at(MONDAY, "12:10")),
            REASON,
            HALF_PAST_NOON);

    assertThat(refused(result)).isEqualTo(new WorkdayError.BreakNotFound(FIRST_BREAK));
  }

  @Test
  void removingABreakKeepsItInTheEvent() {
    var transition =
        accepted(
            Workdays.removeBreak(closed(EIGHT, FIVE_PM, LUNCH), FIRST_BREAK, Option.some(REASON)));

    assertThat(transition.workday()).isEqualTo(closed(EIGHT, FIVE_PM));
    assertThat(transition.events())
        .containsExactly(new BreakRemoved(WORKDAY, LUNCH, Option.some(REASON)));
  }

  @Test
  void removingAnUnknownBreakIsBreakNotFound() {
    var result = Workdays.removeBreak(closed(EIGHT, FIVE_PM, LUNCH), SECOND_BREAK, Option.none());

    assertThat(refused(result)).isEqualTo(new WorkdayError.BreakNotFound(SECOND_BREAK));
  }

  @Test
  void theBreaksOfAVerifiedDayAreLocked() {
    Verification verification = new Verification(MANAGER, at(TUESDAY, "09:00"));
    ClosedWorkday locked = verified(closed(EIGHT, FIVE_PM, LUNCH), verification);
    Instant now = at(TUESDAY, "10:00");
    WorkdayError expected = new WorkdayError.AlreadyVerified(WORKDAY, verification);

    assertThat(
            refused(
                Workdays.addBreak(
                    locked,
                    SECOND_BREAK,
                    between(at(MONDAY, "15:00"), at(MONDAY, "15:15")),
                    TERMINAL,
                    now)))
        .isEqualTo(expected);
    assertThat(
            refused(
                Workdays.editBreak(
                    locked, FIRST_BREAK, between(NOON, at(MONDAY, "12:15")), REASON, now)))
        .isEqualTo(expected);
    assertThat(refused(Workdays.removeBreak(locked, FIRST_BREAK, Option.some(REASON))))
        .isEqualTo(expected);
  }
}
