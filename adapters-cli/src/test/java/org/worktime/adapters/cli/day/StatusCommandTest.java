package org.worktime.adapters.cli.day;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.worktime.adapters.cli.CliTestSupport;
import org.worktime.application.Actor;
import org.worktime.application.Channel;
import org.worktime.application.Request;
import org.worktime.application.workday.OpenWorkdayUseCase;
import org.worktime.domain.place.Origin;
import org.worktime.domain.place.SourceType;
import org.worktime.domain.workday.Timing;

class StatusCommandTest {

  private static final Instant NOW = Instant.parse("2026-03-10T10:30:00Z");
  private final CliTestSupport cli = new CliTestSupport(NOW);

  @Test
  void anEmployeeWithoutADayIsToldSo() {
    cli.company("Ada", ZoneId.of("Europe/Berlin"));

    var run = cli.run("status");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualToIgnoringNewLines("Ada (number 1): no workday yet");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void anOpenDayShowsItsLocalStartAndTheTimeWorkedSoFar() {
    Actor ada = cli.company("Ada", ZoneId.of("Europe/Berlin"));
    openAt(ada, Instant.parse("2026-03-10T08:00:00Z"));

    var run = cli.run("status");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualToIgnoringNewLines(
            "Ada (number 1): OPENED, started 2026-03-10 09:00 Europe/Berlin;"
                + " worked 2:30, breaks 0:00, net 2:30");
  }

  @Test
  void jsonGivesTheSameDayForScripts() {
    Actor ada = cli.company("Ada", ZoneId.of("Europe/Berlin"));
    openAt(ada, Instant.parse("2026-03-10T08:00:00Z"));

    var run = cli.run("status", "--json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains(
            "\"employee\":1",
            "\"status\":\"OPENED\"",
            "\"start\":\"2026-03-10T09:00+01:00\"",
            "\"end\":null",
            "\"zone\":\"Europe/Berlin\"",
            "\"elapsed_seconds\":9000",
            "\"net_seconds\":9000");
  }

  @Test
  void anUnknownEmployeeIsARefusalOnOneLine() {
    cli.company("Ada", ZoneId.of("Europe/Berlin"));

    var run = cli.run("status", "--user", "7");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualToIgnoringNewLines("worktime: no employee number 7");
    assertThat(run.out()).isEmpty();
  }

  private void openAt(Actor actor, Instant at) {
    cli.workplaces()
        .engine
        .openWorkday()
        .open(
            new OpenWorkdayUseCase.Command(
                Request.of(actor, Channel.CLI),
                actor.employee(),
                new Timing.Recorded(at.atZone(ZoneId.of("Europe/Berlin"))),
                Origin.of(SourceType.TERMINAL),
                Option.none()))
        .get();
  }
}
