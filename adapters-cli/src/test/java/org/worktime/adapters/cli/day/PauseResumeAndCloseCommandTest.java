package org.worktime.adapters.cli.day;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.worktime.adapters.cli.CliTestSupport;
import org.worktime.application.Actor;
import org.worktime.application.Channel;
import org.worktime.application.Request;
import org.worktime.application.workday.WorkdayView;
import org.worktime.domain.text.Note;
import org.worktime.domain.workday.WorkdayStatus;

class PauseResumeAndCloseCommandTest {

  /** A Tuesday, 17:00 in Berlin. */
  private static final Instant NOW = Instant.parse("2026-03-10T16:00:00Z");

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private final CliTestSupport cli = new CliTestSupport(NOW);

  @Test
  void aDayOpenedPausedResumedAndClosedSaysEachStepAndAddsUp() {
    Actor ada = cli.company("Ada", BERLIN);

    var opened = cli.run("open", "--at", "09:00");
    var paused = cli.run("pause", "--at", "12:00");
    var resumed = cli.run("resume", "--at", "12:30");
    var closed = cli.run("close");

    assertThat(opened.out()).startsWith("Opened Ada's day at 09:00 Europe/Berlin");
    assertThat(paused.out()).startsWith("Paused Ada's day at 12:00 Europe/Berlin");
    assertThat(resumed.out())
        .startsWith("Resumed Ada's day at 12:30 Europe/Berlin after a 0:30 break");
    assertThat(closed.exitCode()).isZero();
    assertThat(closed.out())
        .startsWith("Closed Ada's day at 17:00 Europe/Berlin; worked 8:00, breaks 0:30, net 7:30");
    WorkdayView day = latest(ada);
    assertThat(day.status()).isEqualTo(WorkdayStatus.CLOSED);
    assertThat(day.netWorked()).isEqualTo(Duration.ofMinutes(450));
  }

  @Test
  void breakStartAndStopArePauseAndResumeByTheirOtherNames() {
    cli.company("Ada", BERLIN);
    cli.run("open", "--at", "09:00");

    var started = cli.run("break", "start", "--at", "13:00");
    var stopped = cli.run("break", "stop", "--at", "13:45");

    assertThat(started.exitCode()).isZero();
    assertThat(started.out()).startsWith("Paused Ada's day at 13:00 Europe/Berlin");
    assertThat(stopped.out())
        .startsWith("Resumed Ada's day at 13:45 Europe/Berlin after a 0:45 break");
    assertThat(cli.run("break", "start", "--help").out()).startsWith("Usage: worktime break start");
  }

  @Test
  void pausingWithoutAnOpenDayIsRefusedOnOneLine() {
    cli.company("Ada", BERLIN);

    var run = cli.run("pause");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).startsWith("worktime: ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void resumingADayThatIsNotOnABreakIsRefused() {
    cli.company("Ada", BERLIN);
    cli.run("open", "--at", "09:00");

    var run = cli.run("resume");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualToIgnoringNewLines("worktime: cannot resume a workday that is opened");
  }

  @Test
  void aPauseBeforeTheDayStartedIsRefused() {
    cli.company("Ada", BERLIN);
    cli.run("open", "--at", "09:00");

    var run = cli.run("pause", "--at", "08:00");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("worktime: cannot pause at 2026-03-10T07:00:00Z");
  }

  @Test
  void closingAPausedDayEndsItsBreakToo() {
    Actor ada = cli.company("Ada", BERLIN);
    cli.run("open", "--at", "09:00");
    cli.run("pause", "--at", "16:00");

    var run = cli.run("close");

    assertThat(run.out())
        .startsWith("Closed Ada's day at 17:00 Europe/Berlin; worked 8:00, breaks 1:00, net 7:00");
    assertThat(latest(ada).workday().runningBreak()).isEmpty();
  }

  @Test
  void closingAtATimeKeepsTheNoteExactly() {
    Actor ada = cli.company("Ada", BERLIN);
    cli.run("open", "--at", "09:00");
    String note = "סיום 🏁 — done";

    var run = cli.run("close", "--at", "16:30", "--note", note);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Closed Ada's day at 16:30 Europe/Berlin; worked 7:30");
    assertThat(latest(ada).workday().end().get().note()).contains(new Note(note));
  }

  @Test
  void closingWithoutARunningDayIsRefused() {
    cli.company("Ada", BERLIN);
    cli.run("open", "--at", "09:00");
    cli.run("close");

    var run = cli.run("close");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualToIgnoringNewLines("worktime: cannot close a workday that is closed");
  }

  @Test
  void closeJsonCarriesTheTotals() {
    cli.company("Ada", BERLIN);
    cli.run("open", "--at", "09:00");

    var run = cli.run("close", "--json");

    assertThat(run.out())
        .startsWith("{\"action\":\"closed\"")
        .contains(
            "\"status\":\"CLOSED\"", "\"end\":\"2026-03-10T17:00+01:00\"", "\"net_seconds\":28800");
  }

  @Test
  void optionsAPauseDoesNotTakeAreUsageErrors() {
    cli.company("Ada", BERLIN);
    cli.run("open", "--at", "09:00");

    var run = cli.run("pause", "--note", "lunch");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).contains("Unknown options: '--note'", "'worktime pause --help'");
  }

  private WorkdayView latest(Actor actor) {
    return cli.workplaces()
        .engine
        .workdayStatus()
        .statusOf(Request.of(actor, Channel.CLI), actor.employee())
        .get()
        .get();
  }
}
