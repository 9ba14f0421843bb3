package org.worktime.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.worktime.adapters.cli.day.DayRendering;
import org.worktime.domain.workday.WorkdayStatus;

class StyleTest {

  private static final Map<String, String> NO_SETTINGS = Map.of();

  @Test
  void aTerminalWithoutNoColorGetsTheStatusInItsColour() {
    Style style = Style.of(true, NO_SETTINGS, false);

    assertThat(style.coloured()).isTrue();
    assertThat(style.status(WorkdayStatus.OPENED)).isEqualTo("\u001B[32mOPENED\u001B[0m");
    assertThat(style.status(WorkdayStatus.PAUSED, "Paused")).isEqualTo("\u001B[33mPaused\u001B[0m");
    assertThat(style.status(WorkdayStatus.EXPIRED)).isEqualTo("\u001B[31mEXPIRED\u001B[0m");
    assertThat(style.status(WorkdayStatus.CLOSED)).isEqualTo("\u001B[36mCLOSED\u001B[0m");
  }

  @Test
  void noTerminalMeansPlainWords() {
    Style style = Style.of(false, NO_SETTINGS, false);

    assertThat(style.coloured()).isFalse();
    assertThat(style.status(WorkdayStatus.OPENED)).isEqualTo("OPENED");
  }

  @Test
  void noColorTurnsColourOffWhateverItsValue() {
    assertThat(Style.of(true, Map.of("NO_COLOR", "1"), false).coloured()).isFalse();
    assertThat(Style.of(true, Map.of("NO_COLOR", "false"), false).coloured()).isFalse();
  }

  @Test
  void anEmptyNoColorCountsAsUnsetAsNoColorOrgDefines() {
    assertThat(Style.of(true, Map.of("NO_COLOR", ""), false).coloured()).isTrue();
  }

  @Test
  void styledWrapsTextInTheGivenCodeOnlyWhenColouringAndNeverEmptyText() {
    Style coloured = Style.of(true, NO_SETTINGS, false);

    assertThat(coloured.styled("31", "late")).isEqualTo("\u001b[31mlate\u001b[0m");
    assertThat(Style.plain().styled("31", "late")).isEqualTo("late");
    assertThat(coloured.styled("31", "")).isEmpty();
  }

  @Test
  void jsonIsNeverColoured() {
    assertThat(Style.of(true, NO_SETTINGS, true).coloured()).isFalse();
    assertThat(Style.plain().status(WorkdayStatus.PAUSED)).isEqualTo("PAUSED");
  }

  @Test
  void theStatusLineColoursOnlyTheStatusWord() {
    CliTestSupport cli = new CliTestSupport(Instant.parse("2026-03-10T10:30:00Z"));
    cli.company("Ada", ZoneId.of("Europe/Berlin"));
    cli.run("open", "--at", "10:00");
    var engine = cli.workplaces().engine;
    var operator = engine.tenantSetup().operatorOf(engine.tenantSetup().tenants().head()).get();
    var request =
        org.worktime.application.Request.of(operator, org.worktime.application.Channel.CLI);
    var ada = engine.employees().byId(request, operator.employee()).get();
    var day = engine.workdayStatus().statusOf(request, ada.id()).get();

    String coloured = DayRendering.text(ada, day, Style.of(true, NO_SETTINGS, false));
    String plain = DayRendering.text(ada, day, Style.plain());

    assertThat(coloured)
        .startsWith("Ada (number 1): \u001B[32mOPENED\u001B[0m, started 2026-03-10 10:00");
    assertThat(coloured.replace("\u001B[32m", "").replace("\u001B[0m", "")).isEqualTo(plain);
    assertThat(DayRendering.text(ada, Option.none(), Style.of(true, NO_SETTINGS, false)))
        .isEqualTo("Ada (number 1): no workday yet");
  }

  @Test
  void commandsRunOutsideATerminalPrintNoEscapeCodes() {
    CliTestSupport cli = new CliTestSupport(Instant.parse("2026-03-10T10:30:00Z"));
    cli.company("Ada", ZoneId.of("Europe/Berlin"));

    assertThat(cli.run("open").out()).doesNotContain("\u001B");
    assertThat(cli.run("status").out()).doesNotContain("\u001B");
  }
}
