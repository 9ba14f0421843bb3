package org.worktime.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.application.EngineFixture.BERLIN;
import static org.worktime.application.EngineFixture.MONDAY_NINE;
import static org.worktime.application.EngineFixture.WEB;
import static org.worktime.application.EngineFixture.accepted;
import static org.worktime.application.EngineFixture.as;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.worktime.application.port.AuditEntry;
import org.worktime.application.port.Snapshot;
import org.worktime.application.workday.CloseWorkdayUseCase;
import org.worktime.application.workday.CorrectWorkdayUseCase;
import org.worktime.application.workday.DayRef;
import org.worktime.application.workday.WorkdayView;
import org.worktime.domain.id.WorkdayId;
import org.worktime.domain.text.Note;
import org.worktime.domain.workday.Closing;
import org.worktime.domain.workday.Timing;

class TheAuditTrailTest {

  private final EngineFixture fixture = new EngineFixture();
  private final Actor eve = fixture.acme.employee();
  private final Actor mia = fixture.acme.manager();
  private final Request fromBitrix = Request.of(eve, Channel.BITRIX).withAddress("203.0.113.7");

  @Test
  void openingIsRecordedWithWhoWhenWhatAndThroughWhichDoor() {
    WorkdayView opened =
        accepted(fixture.engine.openWorkday().open(EngineFixture.openNow(fromBitrix, eve)));

    AuditEntry entry = fixture.history(opened.workday().id()).single();
    assertThat(entry.tenant()).isEqualTo(eve.tenant());
    assertThat(entry.subject()).isEqualTo(opened.workday().id().value());
    assertThat(entry.actor()).isEqualTo(eve.employee());
    assertThat(entry.at()).isEqualTo(MONDAY_NINE);
    assertThat(entry.action()).isEqualTo("OPEN");
    assertThat(entry.before()).isEmpty();
    assertThat(entry.after()).contains(new Snapshot.OfWorkday(opened.workday()));
    assertThat(entry.reason()).isEmpty();
    assertThat(entry.channel()).isEqualTo(Channel.BITRIX);
    assertThat(entry.address()).contains("203.0.113.7");
  }

  @Test
  void everyChangeAppendsExactlyOneEntryFromTheDayBeforeToTheDayAfter() {
    WorkdayView opened = fixture.open(eve);
    fixture.advance(Duration.ofHours(3));
    WorkdayView paused = fixture.pause(eve);
    fixture.advance(Duration.ofMinutes(30));
    WorkdayView resumed = fixture.resume(eve);
    fixture.advance(Duration.ofHours(5));
    WorkdayView closed = fixture.close(eve);

    Seq<AuditEntry> history = fixture.history(opened.workday().id());

    assertThat(history.map(AuditEntry::action)).containsExactly("OPEN", "PAUSE", "RESUME", "CLOSE");
    assertThat(history.map(AuditEntry::before))
        .containsExactly(
            Option.none(),
            Option.some(new Snapshot.OfWorkday(opened.workday())),
            Option.some(new Snapshot.OfWorkday(paused.workday())),
            Option.some(new Snapshot.OfWorkday(resumed.workday())));
    assertThat(history.map(AuditEntry::after))
        .containsExactly(
            Option.some(new Snapshot.OfWorkday(opened.workday())),
            Option.some(new Snapshot.OfWorkday(paused.workday())),
            Option.some(new Snapshot.OfWorkday(resumed.workday())),
            Option.some(new Snapshot.OfWorkday(closed.workday())));
    assertThat(history.map(AuditEntry::at).toJavaList()).isSorted();
  }

  @Test
  void changesMadeAtTheSameInstantAreListedInTheOrderTheyHappened() {
    WorkdayView opened = fixture.open(eve);
    for (int i = 0; i < 5; i++) {
      fixture.pause(eve);
      fixture.resume(eve);
    }
    fixture.close(eve);

    assertThat(fixture.history(opened.workday().id()).map(AuditEntry::action))
        .containsExactly(
            "OPEN", "PAUSE", "RESUME", "PAUSE", "RESUME", "PAUSE", "RESUME", "PAUSE", "RESUME",
            "PAUSE", "RESUME", "CLOSE");
  }

  @Test
  void theReportGivenWithAClosingIsItsReason() {
    WorkdayId day = fixture.open(eve).workday().id();
    fixture.advance(Duration.ofHours(8));
    ZonedDateTime fourPm = ZonedDateTime.of(2025, 3, 10, 16, 0, 0, 0, BERLIN);
    Note report = new Note("left at four for the dentist");

    accepted(
        fixture
            .engine
            .closeWorkday()
            .close(
                new CloseWorkdayUseCase.Command(
                    fromBitrix,
                    new DayRef.LatestOf(eve.employee()),
                    new Closing(
                        new Timing.Manual(fourPm, Option.some(report)), WEB, Option.none()))));

    AuditEntry close = fixture.history(day).last();
    assertThat(close.action()).isEqualTo("CLOSE");
    assertThat(close.reason()).contains(report);
  }

  @Test
  void theNoteGivenWithAClosingIsItsReasonWhenNoTimeIsGiven() {
    WorkdayId day = fixture.open(eve).workday().id();
    fixture.advance(Duration.ofHours(8));
    Note note = new Note("all tickets done");

    accepted(
        fixture
            .engine
            .closeWorkday()
            .close(
                new CloseWorkdayUseCase.Command(
                    as(eve),
                    new DayRef.LatestOf(eve.employee()),
                    new Closing(Timing.now(), WEB, Option.some(note)))));

    assertThat(fixture.history(day).last().reason()).contains(note);
  }

  @Test
  void aCorrectionIsRecordedWithItsReasonAndTheManagerWhoMadeIt() {
    WorkdayView closed = fixture.workedFor(eve, Duration.ofHours(8));
    Note reason = new Note("badge reader was down");

    WorkdayView corrected =
        accepted(
            fixture
                .engine
                .correctWorkday()
                .correct(
                    new CorrectWorkdayUseCase.Command(
                        Request.of(mia, Channel.MANAGEMENT).withAddress("198.51.100.2"),
                        closed.workday().id(),
                        Option.some(MONDAY_NINE.minus(Duration.ofHours(1))),
                        Option.none(),
                        reason)));

    AuditEntry correction = fixture.history(closed.workday().id()).last();
    assertThat(correction.action()).isEqualTo("CORRECT");
    assertThat(correction.actor()).isEqualTo(mia.employee());
    assertThat(correction.reason()).contains(reason);
    assertThat(correction.before()).contains(new Snapshot.OfWorkday(closed.workday()));
    assertThat(correction.after()).contains(new Snapshot.OfWorkday(corrected.workday()));
    assertThat(correction.channel()).isEqualTo(Channel.MANAGEMENT);
    assertThat(correction.address()).contains("198.51.100.2");
  }
}
