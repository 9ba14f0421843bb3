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
import org.worktime.domain.place.SourceType;
import org.worktime.domain.workday.Break;

class BreakAddCommandTest {

  /** A Tuesday, 17:00 in Berlin. */
  private static final Instant NOW = Instant.parse("2026-03-10T16:00:00Z");

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private final CliTestSupport cli = new CliTestSupport(NOW);

  @Test
  void aPastBreakGoesIntoTheLatestDay() {
    Actor ada = cli.company("Ada", BERLIN);
    cli.run("open", "--at", "09:00");
    cli.run("close", "--at", "16:00");

    var run = cli.run("break", "add", "--from", "12:00", "--to", "12:45");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualToIgnoringNewLines(
            "Added a 0:45 break at 12:00 Europe/Berlin to Ada's day of 2026-03-10;"
                + " worked 7:00, breaks 0:45, net 6:15");
    Break added = breaks(ada).get(0);
    assertThat(added.duration()).isEqualTo(Duration.ofMinutes(45));
    assertThat(added.start().origin().source()).isEqualTo(SourceType.CLI);
  }

  @Test
  void aBreakOverlappingAnotherIsRefused() {
    cli.company("Ada", BERLIN);
    cli.run("open", "--at", "09:00");
    cli.run("break", "add", "--from", "12:00", "--to", "12:45");

    var run = cli.run("break", "add", "--from", "12:30", "--to", "13:00");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("worktime: the break overlaps another break");
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void aBreakOutsideTheDayOrEndingBeforeItStartsIsRefused() {
    cli.company("Ada", BERLIN);
    cli.run("open", "--at", "09:00");

    var outside = cli.run("break", "add", "--from", "08:00", "--to", "08:30");
    var backwards = cli.run("break", "add", "--from", "13:00", "--to", "12:00");

    assertThat(outside.exitCode()).isEqualTo(1);
    assertThat(outside.err()).startsWith("worktime: the break [").contains("lies outside");
    assertThat(backwards.exitCode()).isEqualTo(1);
    assertThat(backwards.err()).startsWith("worktime: the end ").contains("is before the start");
  }

  @Test
  void withoutAnyDayThereIsNothingToAddTo() {
    cli.company("Ada", BERLIN);

    var run = cli.run("break", "add", "--from", "12:00", "--to", "12:30");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualToIgnoringNewLines("worktime: no workday yet for Ada (number 1)");
  }

  @Test
  void bothEndsAreRequired() {
    cli.company("Ada", BERLIN);

    var run = cli.run("break", "add", "--from", "12:00");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).contains("--to", "'worktime break add --help'");
  }

  @Test
  void breakAloneAsksForASubCommand() {
    var run = cli.run("break");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).contains("'worktime break --help'");
  }

  private io.vavr.collection.Seq<Break> breaks(Actor actor) {
    return cli.workplaces()
        .engine
        .workdayStatus()
        .statusOf(Request.of(actor, Channel.CLI), actor.employee())
        .get()
        .get()
        .workday()
        .breaks();
  }
}
