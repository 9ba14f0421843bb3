package org.worktime.adapters.cli.timer;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.worktime.adapters.cli.CliTestSupport;
import org.worktime.application.Actor;
import org.worktime.application.Channel;
import org.worktime.application.Request;
import org.worktime.domain.place.SourceType;
import org.worktime.domain.text.Note;
import org.worktime.domain.timer.AccountId;
import org.worktime.domain.timer.RunningTimer;

class TimerCommandTest {

  /** A Tuesday, 11:00 in Berlin. */
  private static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private final CliTestSupport cli = new CliTestSupport(NOW);

  @Test
  void aTimerStartsWithItsAccountAndCommentKeptExactly() {
    Actor ada = cli.company("Ada", BERLIN);
    String comment = "תיקון המדפסת 🖨️";

    var run =
        cli.run("timer", "start", "--account", "ACME-1", "--comment", comment, "--at", "09:30");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualToIgnoringNewLines(
            "Started Ada's timer at 09:30 Europe/Berlin on account ACME-1: " + comment);
    RunningTimer timer = running(ada).get();
    assertThat(timer.details().account()).contains(new AccountId("ACME-1"));
    assertThat(timer.details().comment()).contains(new Note(comment));
    assertThat(timer.start().at()).isEqualTo(Instant.parse("2026-03-10T08:30:00Z"));
    assertThat(timer.start().origin().source()).isEqualTo(SourceType.CLI);
  }

  @Test
  void aSecondStartStopsTheRunningTimerAndSaysSo() {
    cli.company("Ada", BERLIN);
    cli.run("timer", "start", "--at", "09:00");

    var run = cli.run("timer", "start", "--at", "10:00", "--account", "Globex");

    assertThat(run.out())
        .isEqualToIgnoringNewLines(
            "Started Ada's timer at 10:00 Europe/Berlin on account Globex;"
                + " stopped the one running since 09:00 Europe/Berlin");
  }

  @Test
  void stoppingSaysHowLongItRan() {
    Actor ada = cli.company("Ada", BERLIN);
    cli.run("timer", "start", "--at", "09:15", "--comment", "review");

    var run = cli.run("timer", "stop");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualToIgnoringNewLines("Stopped Ada's timer at 11:00 Europe/Berlin after 1:45: review");
    assertThat(running(ada)).isEmpty();
  }

  @Test
  void stoppingWithoutARunningTimerIsRefused() {
    cli.company("Ada", BERLIN);

    var run = cli.run("timer", "stop");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualToIgnoringNewLines("worktime: no running timer for Ada (number 1)");
  }

  @Test
  void aStartInTheFutureIsRefusedAndAMalformedOneIsAUsageError() {
    cli.company("Ada", BERLIN);

    var future = cli.run("timer", "start", "--at", "12:00");
    var malformed = cli.run("timer", "start", "--at", "noon");

    assertThat(future.exitCode()).isEqualTo(1);
    assertThat(future.err().lines()).hasSize(1);
    assertThat(malformed.exitCode()).isEqualTo(2);
    assertThat(malformed.err())
        .contains("Invalid value for option '--at'", "'worktime timer start --help'");
  }

  @Test
  void anAccountWithAControlCharacterIsAUsageError() {
    cli.company("Ada", BERLIN);

    var run = cli.run("timer", "start", "--account", "ACME\u0007");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Invalid value for option '--account'");
  }

  @Test
  void theListShowsEveryRunningTimerOldestFirst() {
    cli.company("Ada", BERLIN);
    cli.run("employee", "add", "--name", "Grace", "--email", "grace@example.org");
    cli.run("timer", "start", "--at", "10:00", "--account", "ACME-1");
    cli.run("timer", "start", "--user", "2", "--at", "08:30", "--comment", "כתיבה ✍️");

    var all = cli.run("timer", "list");
    var grace = cli.run("timer", "list", "--user", "2", "--json");

    assertThat(all.exitCode()).isZero();
    assertThat(all.out().lines())
        .containsExactly(
            "NUMBER  NAME   SINCE                RUNNING  ACCOUNT  COMMENT",
            "2       Grace  08:30 Europe/Berlin  2:30     -        כתיבה ✍️",
            "1       Ada    10:00 Europe/Berlin  1:00     ACME-1   -");
    assertThat(grace.out())
        .startsWith("{\"items\":[{\"id\":")
        .contains("\"employee\":2", "\"comment\":\"כתיבה ✍️\"", "\"seconds\":9000")
        .doesNotContain("\"employee\":1");
  }

  @Test
  void anEmptyListSaysSo() {
    cli.company("Ada", BERLIN);

    assertThat(cli.run("timer", "list").out()).isEqualToIgnoringNewLines("No timer is running.");
  }

  private Option<RunningTimer> running(Actor actor) {
    return cli.workplaces()
        .engine
        .runningTimers()
        .running(Request.of(actor, Channel.CLI), Option.some(actor.employee()), 0, 1)
        .get()
        .items()
        .headOption();
  }
}
