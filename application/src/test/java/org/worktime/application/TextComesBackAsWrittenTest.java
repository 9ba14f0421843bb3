package org.worktime.application;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.application.EngineFixture.MONDAY_NINE;
import static org.worktime.application.EngineFixture.WEB;
import static org.worktime.application.EngineFixture.accepted;
import static org.worktime.application.EngineFixture.as;

import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.worktime.application.port.AuditEntry;
import org.worktime.application.port.Snapshot;
import org.worktime.application.timer.StartTimerUseCase;
import org.worktime.application.timer.StopTimerUseCase;
import org.worktime.application.workday.CorrectWorkdayUseCase;
import org.worktime.application.workday.OpenWorkdayUseCase;
import org.worktime.application.workday.WorkdayView;
import org.worktime.domain.id.WorkdayId;
import org.worktime.domain.text.Note;
import org.worktime.domain.timer.RunningTimer;
import org.worktime.domain.timer.StoppedTimer;
import org.worktime.domain.timer.TimerDetails;
import org.worktime.domain.workday.Timing;

class TextComesBackAsWrittenTest {

  private static final String HEBREW = "הטיימר הופעל";
  private static final String EMOJI = "⏱️👩‍💻";

  private final EngineFixture fixture = new EngineFixture();
  private final Actor eve = fixture.acme.employee();

  @Test
  void aHebrewNoteOnOpeningComesBackByteForByte() {
    WorkdayView opened =
        accepted(
            fixture
                .engine
                .openWorkday()
                .open(
                    new OpenWorkdayUseCase.Command(
                        as(eve),
                        eve.employee(),
                        Timing.now(),
                        WEB,
                        Option.some(new Note(HEBREW)))));

    assertSameBytes(opened.workday().start().note().get(), HEBREW);
    assertSameBytes(fixture.status(eve).get().workday().start().note().get(), HEBREW);
    AuditEntry entry = fixture.history(opened.workday().id()).single();
    assertSameBytes(entry.reason().get(), HEBREW);
    assertSameBytes(
        ((Snapshot.OfWorkday) entry.after().get()).workday().start().note().get(), HEBREW);
  }

  @Test
  void anEmojiAndHebrewTimerComesBackByteForByte() {
    TimerDetails details =
        TimerDetails.none().withComment(new Note(EMOJI)).withName(new Note(HEBREW));
    RunningTimer started =
        accepted(
            fixture
                .engine
                .startTimer()
                .start(
                    new StartTimerUseCase.Command(
                        as(eve), eve.employee(), details, Option.none(), WEB)));

    RunningTimer listed =
        accepted(fixture.engine.runningTimers().running(as(eve), Option.none(), 0, 1))
            .items()
            .single();
    assertSameBytes(listed.details().comment().get(), EMOJI);
    assertSameBytes(listed.details().name().get(), HEBREW);

    fixture.advance(Duration.ofMinutes(3));
    StoppedTimer stopped =
        accepted(
            fixture
                .engine
                .stopTimer()
                .stop(new StopTimerUseCase.Command(as(eve), started.id(), WEB)));
    assertSameBytes(stopped.details().comment().get(), EMOJI);
    assertSameBytes(stopped.details().name().get(), HEBREW);
  }

  @Test
  void anEmojiReasonForACorrectionComesBackByteForByte() {
    WorkdayId day = fixture.workedFor(eve, Duration.ofHours(8)).workday().id();
    accepted(
        fixture
            .engine
            .correctWorkday()
            .correct(
                new CorrectWorkdayUseCase.Command(
                    as(eve),
                    day,
                    Option.some(MONDAY_NINE.minus(Duration.ofMinutes(5))),
                    Option.none(),
                    new Note(EMOJI + " " + HEBREW))));

    assertSameBytes(fixture.history(day).last().reason().get(), EMOJI + " " + HEBREW);
  }

  private static void assertSameBytes(Note note, String expected) {
    assertThat(note.text()).isEqualTo(expected);
    assertThat(note.text().getBytes(UTF_8)).isEqualTo(expected.getBytes(UTF_8));
  }
}
