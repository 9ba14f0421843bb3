package org.worktime.adapters.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.worktime.adapters.cli.CliTestSupport;
import org.worktime.adapters.cli.CommandRun;
import org.worktime.adapters.cli.DisplayWidth;
import org.worktime.domain.employee.Employee;

class ReportCommandTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final String TITLE =
      "Worked time %s to %s by %s; overtime beyond 8:00 a day and 40:00 a week";
  private static final String HEADER =
      "No  Name  Period      Days    Worked    Breaks       Net  Overtime  Warnings";

  private final CliTestSupport cli = new CliTestSupport(Instant.parse("2026-11-11T10:30:00Z"));
  private final Seeds seeds = new Seeds(cli, cli.company("Ada", BERLIN));
  private final Employee ada = seeds.operator();

  @Test
  void aWeekByDayShowsWorkedBreaksNetAndOvertimeWithATotalRow() {
    seeds.day(ada, "2026-03-09T08:00", "2026-03-09T16:30", "2026-03-09T12:00/2026-03-09T12:30");
    seeds.day(ada, "2026-03-10T08:00", "2026-03-10T18:00", "2026-03-10T12:00/2026-03-10T12:45");
    seeds.day(ada, "2026-03-16T08:00", "2026-03-16T12:00"); // the next week: not in the range

    CommandRun run = cli.run("report", "--from", "2026-03-09", "--to", "2026-03-15");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .isEqualToNormalizingNewlines(
            lines(
                TITLE.formatted("2026-03-09", "2026-03-15", "day"),
                "",
                HEADER,
                " 1  Ada   2026-03-09     1      8:30      0:30      8:00      0:00",
                " 1  Ada   2026-03-10     1     10:00      0:45      9:15      1:15",
                " 1  Ada   Total          2     18:30      1:15     17:15      1:15"));
  }

  @Test
  void sixHoursWithoutHalfAnHourOfBreaksIsAWarningInItsRowAndASentenceBelowTheTable() {
    seeds.day(ada, "2026-03-11T08:00", "2026-03-11T14:30");
    seeds.day(ada, "2026-03-12T08:00", "2026-03-12T14:00"); // exactly 6 h: no break needed

    CommandRun run = cli.run("report", "--from", "2026-03-09", "--to", "2026-03-15");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualToNormalizingNewlines(
            lines(
                TITLE.formatted("2026-03-09", "2026-03-15", "day"),
                "",
                HEADER,
                " 1  Ada   2026-03-11     1      6:30      0:00      6:30      0:00  ArbZG §4 breaks",
                " 1  Ada   2026-03-12     1      6:00      0:00      6:00      0:00",
                " 1  Ada   Total          2     12:30      0:00     12:30      0:00  1 warning",
                "",
                "Warnings:",
                "  No 1, Ada: On 2026-03-11, 6 h 30 min worked needed breaks of at least 30 min,"
                    + " but only 0 min counted (ArbZG §4 breaks)"));
  }

  @Test
  void aWeekOverFortyHoursAddsWhatItsDaysDidNotAlreadyCountOnItsLastDayWorked() {
    // Monday 10 h net (2 h over 8 h), then five days of 7:30: 47:30 in the week, 7:30 over 40 h.
    seeds.day(ada, "2026-03-09T08:00", "2026-03-09T18:45", "2026-03-09T12:00/2026-03-09T12:45");
    for (int day = 10; day <= 14; day++) {
      String date = "2026-03-" + day;
      seeds.day(ada, date + "T08:00", date + "T16:00", date + "T12:00/" + date + "T12:30");
    }

    CommandRun byDay = cli.run("report", "--from", "2026-03-09", "--to", "2026-03-15");
    CommandRun byWeek =
        cli.run("report", "--from", "2026-03-09", "--to", "2026-03-15", "--by", "week");

    assertThat(byDay.out().lines().filter(line -> line.startsWith(" 1")))
        .containsExactly(
            " 1  Ada   2026-03-09     1     10:45      0:45     10:00      2:00",
            " 1  Ada   2026-03-10     1      8:00      0:30      7:30      0:00",
            " 1  Ada   2026-03-11     1      8:00      0:30      7:30      0:00",
            " 1  Ada   2026-03-12     1      8:00      0:30      7:30      0:00",
            " 1  Ada   2026-03-13     1      8:00      0:30      7:30      0:00",
            " 1  Ada   2026-03-14     1      8:00      0:30      7:30      5:30",
            " 1  Ada   Total          6     50:45      3:15     47:30      7:30");
    assertThat(byWeek.out().lines().filter(line -> line.startsWith(" 1")))
        .containsExactly(
            " 1  Ada   2026-W11     6     50:45      3:15     47:30      7:30",
            " 1  Ada   Total        6     50:45      3:15     47:30      7:30");
  }

  @Test
  void aWeekCutByTheRangeIsStillJudgedWhole() {
    for (int day = 9; day <= 14; day++) {
      String date = "2026-03-" + (day < 10 ? "0" + day : day);
      seeds.day(ada, date + "T08:00", date + "T16:00", date + "T12:00/" + date + "T12:30");
    }

    CommandRun run = cli.run("report", "--from", "2026-03-13", "--to", "2026-03-15");

    assertThat(run.out().lines().filter(line -> line.startsWith(" 1")))
        .containsExactly(
            " 1  Ada   2026-03-13     1      8:00      0:30      7:30      0:00",
            " 1  Ada   2026-03-14     1      8:00      0:30      7:30      5:00",
            " 1  Ada   Total          2     16:00      1:00     15:00      5:00");
  }

  @Test
  void roundingShowsTimesOnTheLocalGridButTheWarningsJudgeTheRecordedTimes() {
    seeds.day(ada, "2026-03-09T08:08", "2026-03-09T14:09"); // 6:01 recorded: a break was due

    CommandRun exact = cli.run("report", "--from", "2026-03-09", "--to", "2026-03-09");
    CommandRun rounded =
        cli.run("report", "--from", "2026-03-09", "--to", "2026-03-09", "--round", "15");

    assertThat(exact.out().lines().filter(line -> line.startsWith(" 1")))
        .containsExactly(
            " 1  Ada   2026-03-09     1      6:01      0:00      6:01      0:00  ArbZG §4 breaks",
            " 1  Ada   Total          1      6:01      0:00      6:01      0:00  1 warning");
    assertThat(rounded.out())
        .startsWith(
            TITLE.formatted("2026-03-09", "2026-03-09", "day")
                + "; times rounded to the nearest 15 min");
    assertThat(rounded.out().lines().filter(line -> line.startsWith(" 1")))
        .containsExactly(
            " 1  Ada   2026-03-09     1      6:00      0:00      6:00      0:00  ArbZG §4 breaks",
            " 1  Ada   Total          1      6:00      0:00      6:00      0:00  1 warning");
  }

  @Test
  void aNightShiftCountsOnTheDateItStartedAndAcrossDstTheHoursThatReallyPassed() {
    // Berlin: clocks go forward at 02:00 on 2026-03-29 and back at 03:00 on 2026-10-25.
    seeds.day(ada, "2026-03-28T22:00", "2026-03-29T06:00", "2026-03-29T00:00/2026-03-29T00:30");
    seeds.day(ada, "2026-10-24T22:00", "2026-10-25T06:00", "2026-10-25T00:00/2026-10-25T00:30");

    CommandRun run = cli.run("report", "--from", "2026-03-28", "--to", "2026-10-31");

    assertThat(run.out().lines().filter(line -> line.startsWith(" 1")))
        .containsExactly(
            " 1  Ada   2026-03-28     1      7:00      0:30      6:30      0:00",
            " 1  Ada   2026-10-24     1      9:00      0:30      8:30      0:30",
            " 1  Ada   Total          2     16:00      1:00     15:00      0:30");
    CommandRun sundayOnly = cli.run("report", "--from", "2026-03-29", "--to", "2026-03-29");
    assertThat(sundayOnly.out()).contains(" 1  Ada   Total          0      0:00");
  }

  @Test
  void roundingAcrossTheSpringChangeSnapsEachEndOnItsOwnLocalGrid() {
    seeds.day(ada, "2026-03-28T22:07", "2026-03-29T06:08");

    CommandRun run =
        cli.run("report", "--from", "2026-03-28", "--to", "2026-03-28", "--round", "15");

    // 22:07 CET shows as 22:00, 06:08 CEST as 06:15: 7:15 of real time, not 8:15.
    assertThat(run.out().lines().filter(line -> line.startsWith(" 1")))
        .containsExactly(
            " 1  Ada   2026-03-28     1      7:15      0:00      7:15      0:00  ArbZG §4 breaks",
            " 1  Ada   Total          1      7:15      0:00      7:15      0:00  1 warning");
  }

  @Test
  void hebrewAndEmojiNamesComeOutByteForByteAndTheirColumnsLineUp() {
    Employee david = seeds.hire("דוד לוי", ZoneId.of("Asia/Jerusalem"));
    Employee zoe = seeds.hire("Zoë 🚀, \"Z\"", BERLIN);
    seeds.day(david, "2026-03-10T09:00", "2026-03-10T13:00");
    seeds.day(zoe, "2026-03-11T09:00", "2026-03-11T12:15");

    CommandRun table = cli.run("report", "--from", "2026-03-09", "--to", "2026-03-15", "--all");
    CommandRun csv =
        cli.run("report", "--from", "2026-03-09", "--to", "2026-03-15", "--all", "--format", "csv");

    assertThat(table.out())
        .isEqualToNormalizingNewlines(
            lines(
                TITLE.formatted("2026-03-09", "2026-03-15", "day"),
                "",
                "No  Name           Period      Days    Worked    Breaks       Net  Overtime"
                    + "  Warnings",
                " 1  Ada            Total          0      0:00      0:00      0:00      0:00",
                " 2  דוד לוי        2026-03-10     1      4:00      0:00      4:00      0:00",
                " 2  דוד לוי        Total          1      4:00      0:00      4:00      0:00",
                " 3  Zoë 🚀, \"Z\"    2026-03-11     1      3:15      0:00      3:15      0:00",
                " 3  Zoë 🚀, \"Z\"    Total          1      3:15      0:00      3:15      0:00",
                "    All employees  Total          2      7:15      0:00      7:15      0:00"));
    List<String> rows = table.out().lines().skip(2).toList();
    assertThat(rows).allSatisfy(row -> assertThat(periodColumnOf(row)).isEqualTo(19));
    assertThat(csv.out())
        .isEqualTo(
            CsvWriter.HEADER
                + "\r\n"
                + "1,Ada,total,0,0:00,0,0:00,0,0:00,0,0:00,0,0,0,\r\n"
                + "2,דוד לוי,2026-03-10,1,4:00,240,0:00,0,4:00,240,0:00,0,0,0,\r\n"
                + "2,דוד לוי,total,1,4:00,240,0:00,0,4:00,240,0:00,0,0,0,\r\n"
                + "3,\"Zoë 🚀, \"\"Z\"\"\",2026-03-11,1,3:15,195,0:00,0,3:15,195,0:00,0,0,0,\r\n"
                + "3,\"Zoë 🚀, \"\"Z\"\"\",total,1,3:15,195,0:00,0,3:15,195,0:00,0,0,0,\r\n"
                + ",,total,2,7:15,435,0:00,0,7:15,435,0:00,0,0,0,\r\n");
    assertThat(csv.out().getBytes(StandardCharsets.UTF_8))
        .startsWith("employee,".getBytes(StandardCharsets.UTF_8))
        .containsSequence("דוד לוי".getBytes(StandardCharsets.UTF_8))
        .containsSequence(new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x9A, (byte) 0x80});
  }

  @Test
  void anEmptyRangeShowsTheHeadingAndZeroTotalsInEveryFormat() {
    CommandRun table = cli.run("report", "--from", "2026-03-09", "--to", "2026-03-15");
    CommandRun csv =
        cli.run("report", "--from", "2026-03-09", "--to", "2026-03-15", "--format", "csv");
    CommandRun json = cli.run("report", "--from", "2026-03-09", "--to", "2026-03-15", "--json");

    assertThat(table.exitCode()).isZero();
    assertThat(table.out())
        .isEqualToNormalizingNewlines(
            lines(
                TITLE.formatted("2026-03-09", "2026-03-15", "day"),
                "",
                HEADER,
                " 1  Ada   Total          0      0:00      0:00      0:00      0:00"));
    assertThat(csv.out())
        .isEqualTo(CsvWriter.HEADER + "\r\n1,Ada,total,0,0:00,0,0:00,0,0:00,0,0:00,0,0,0,\r\n");
    assertThat(json.out())
        .isEqualToIgnoringNewLines(
            "{\"from\":\"2026-03-09\",\"to\":\"2026-03-15\",\"by\":\"day\",\"round_minutes\":null,"
                + "\"overtime_per_day_seconds\":28800,\"overtime_per_week_seconds\":144000,"
                + "\"employees\":[{\"employee\":1,\"name\":\"Ada\",\"zone\":\"Europe/Berlin\","
                + "\"periods\":[],\"total\":{\"days\":0,\"worked_seconds\":0,\"break_seconds\":0,"
                + "\"net_seconds\":0,\"overtime_seconds\":0,\"open_days\":0,\"warning_count\":0}}],"
                + "\"total\":{\"days\":0,\"worked_seconds\":0,\"break_seconds\":0,"
                + "\"net_seconds\":0,\"overtime_seconds\":0,\"open_days\":0,\"warning_count\":0}}");
  }

  @Test
  void jsonGivesScriptsTheSameFiguresInSecondsWithEachWarning() throws Exception {
    seeds.day(ada, "2026-03-09T08:00", "2026-03-09T16:30", "2026-03-09T12:00/2026-03-09T12:30");
    seeds.day(ada, "2026-03-11T08:00", "2026-03-11T14:30");

    CommandRun run =
        cli.run("report", "--from", "2026-03-01", "--to", "2026-03-31", "--by", "month", "--json");

    assertThat(run.exitCode()).isZero();
    JsonNode report = new ObjectMapper().readTree(run.out());
    assertThat(report.path("by").asText()).isEqualTo("month");
    JsonNode march = report.path("employees").path(0).path("periods").path(0);
    assertThat(march.path("period").asText()).isEqualTo("2026-03");
    assertThat(march.path("days").asInt()).isEqualTo(2);
    assertThat(march.path("worked_seconds").asLong()).isEqualTo((8 * 60 + 30 + 6 * 60 + 30) * 60);
    assertThat(march.path("break_seconds").asLong()).isEqualTo(30 * 60);
    assertThat(march.path("net_seconds").asLong()).isEqualTo(14 * 3600 + 30 * 60);
    assertThat(march.path("warnings").path(0).path("rule").asText()).isEqualTo("ArbZG §4 breaks");
    assertThat(march.path("warnings").path(0).path("date").asText()).isEqualTo("2026-03-11");
    assertThat(report.path("total").path("warning_count").asInt()).isEqualTo(1);
  }

  @Test
  void byDefaultItIsThisWeekSoFarByDayForTheOperator() {
    CliTestSupport wednesday = new CliTestSupport(Instant.parse("2026-03-11T10:30:00Z"));
    Seeds week = new Seeds(wednesday, wednesday.company("Ada", BERLIN));
    Employee operator = week.operator();
    Employee colleague = week.hire("Bo", BERLIN);
    week.day(operator, "2026-03-06T08:00", "2026-03-06T12:00"); // last Friday
    week.day(operator, "2026-03-09T08:00", "2026-03-09T12:00");
    week.day(operator, "2026-03-10T08:00", "2026-03-10T11:00");
    week.day(colleague, "2026-03-10T08:00", "2026-03-10T12:00");

    CommandRun run = wednesday.run("report");

    assertThat(run.out())
        .isEqualToNormalizingNewlines(
            lines(
                TITLE.formatted("2026-03-09", "2026-03-11", "day"),
                "",
                HEADER,
                " 1  Ada   2026-03-09     1      4:00      0:00      4:00      0:00",
                " 1  Ada   2026-03-10     1      3:00      0:00      3:00      0:00",
                " 1  Ada   Total          2      7:00      0:00      7:00      0:00"));
  }

  @Test
  void weeksAreNamedByTheirIsoWeekYearAndMonthsByTheirMonth() {
    // 2026-01-01 is a Thursday, so ISO week 1 of 2026 starts on Monday 2025-12-29.
    seeds.day(ada, "2025-12-26T08:00", "2025-12-26T12:00");
    seeds.day(ada, "2025-12-29T08:00", "2025-12-29T12:00");
    seeds.day(ada, "2026-01-02T08:00", "2026-01-02T12:00");

    CommandRun weeks =
        cli.run("report", "--from", "2025-12-22", "--to", "2026-01-04", "--by", "week");
    CommandRun months =
        cli.run("report", "--from", "2025-12-22", "--to", "2026-01-04", "--by", "month");

    assertThat(weeks.out().lines().filter(line -> line.startsWith(" 1")))
        .containsExactly(
            " 1  Ada   2025-W52     1      4:00      0:00      4:00      0:00",
            " 1  Ada   2026-W01     2      8:00      0:00      8:00      0:00",
            " 1  Ada   Total        3     12:00      0:00     12:00      0:00");
    assertThat(months.out().lines().filter(line -> line.startsWith(" 1")))
        .containsExactly(
            " 1  Ada   2025-12     2      8:00      0:00      8:00      0:00",
            " 1  Ada   2026-01     1      4:00      0:00      4:00      0:00",
            " 1  Ada   Total       3     12:00      0:00     12:00      0:00");
  }

  @Test
  void aDayStillOpenIsNotCountedButSaidSo() {
    seeds.day(ada, "2026-11-10T08:00", "2026-11-10T12:00");
    seeds.open(ada, "2026-11-11T08:00");

    CommandRun run = cli.run("report", "--from", "2026-11-09", "--to", "2026-11-15");

    assertThat(run.out().lines().filter(line -> line.startsWith(" 1")))
        .containsExactly(
            " 1  Ada   2026-11-10     1      4:00      0:00      4:00      0:00",
            " 1  Ada   2026-11-11     0      0:00      0:00      0:00      0:00"
                + "  1 open day not counted",
            " 1  Ada   Total          1      4:00      0:00      4:00      0:00"
                + "  1 open day not counted");
  }

  @Test
  void aSplitShiftIsOneWorkingDayToTheRulesAndTooShortARestIsWarnedOnTheDayItCut() {
    seeds.day(ada, "2026-03-09T14:00", "2026-03-09T22:00", "2026-03-09T18:00/2026-03-09T18:30");
    seeds.day(ada, "2026-03-10T06:00", "2026-03-10T10:00");
    seeds.day(ada, "2026-03-10T10:15", "2026-03-10T13:00");

    CommandRun run = cli.run("report", "--from", "2026-03-09", "--to", "2026-03-15");

    assertThat(run.out().lines().filter(line -> line.startsWith(" 1")))
        .containsExactly(
            " 1  Ada   2026-03-09     1      8:00      0:30      7:30      0:00",
            " 1  Ada   2026-03-10     1      6:45      0:00      6:45      0:00"
                + "  ArbZG §4 breaks, ArbZG §5 rest period",
            " 1  Ada   Total          2     14:45      0:30     14:15      0:00  2 warnings");
    assertThat(run.out())
        .contains(
            "  No 1, Ada: On 2026-03-10, 6 h 45 min worked needed breaks of at least 30 min,"
                + " but only 15 min counted (ArbZG §4 breaks)",
            "  No 1, Ada: Between the days of 2026-03-09 and 2026-03-10, the rest of 8 h is"
                + " shorter than the minimum of 11 h (ArbZG §5 rest period)");
  }

  @Test
  void theOvertimeThresholdsCanBeChanged() {
    seeds.day(ada, "2026-03-09T08:00", "2026-03-09T15:30");

    CommandRun run =
        cli.run(
            "report",
            "--from",
            "2026-03-09",
            "--to",
            "2026-03-09",
            "--overtime-day",
            "7:00",
            "--overtime-week",
            "38:30");

    assertThat(run.out())
        .startsWith(
            "Worked time 2026-03-09 to 2026-03-09 by day; overtime beyond 7:00 a day and"
                + " 38:30 a week");
    assertThat(run.out())
        .contains(" 1  Ada   Total          1      7:30      0:00      7:30      0:30");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "--from 2026-03-10 --to 2026-03-09 | --from 2026-03-10 is after --to 2026-03-09",
        "--from 2025-01-01 --to 2026-01-02 | a report covers at most 366 days;"
            + " 2025-01-01 to 2026-01-02 is 367",
        "--from 2026-02-30                 | '2026-02-30' is not a date YYYY-MM-DD",
        "--to 10.03.2026                   | '10.03.2026' is not a date YYYY-MM-DD",
        "--by year                         | --by must be day, week or month, not 'year'",
        "--format xml                      | --format must be table, csv or json, not 'xml'",
        "--json --format csv               | --json and --format csv contradict each other",
        "--round 7                         | --round takes minutes that divide an hour",
        "--round 0                         | --round takes minutes that divide an hour",
        "--all --user 1                    | --user and --all exclude each other",
        "--user 7 --from 2026-03-10 --to 2026-03-09 | --from 2026-03-10 is after --to 2026-03-09",
        "--overtime-day 8h                 | '8h' is not a length of time",
        "--from +999999999-12-31           | '+999999999-12-31' is not a date of years 1 to 9999",
        "--to -999999999-01-01             | '-999999999-01-01' is not a date of years 1 to 9999",
        "--overtime-day PT9223372036854775807S | 'PT9223372036854775807S' is longer than P36525D",
      })
  void aWrongOptionIsAUsageErrorOnOneLine(String options, String message) {
    CommandRun run = cli.run(("report " + options).split(" +"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).startsWith("worktime: ").contains(message);
  }

  @Test
  void aFromAfterTodayWithoutToIsAUsageErrorThatSaysSo() {
    CommandRun run = cli.run("report", "--from", "2026-12-01");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--from 2026-12-01 is after today, 2026-11-11");
  }

  @Test
  void aRangeOfALeapYearIsTheLongestAllowed() {
    CommandRun run = cli.run("report", "--from", "2024-01-01", "--to", "2024-12-31");

    assertThat(run.exitCode()).isZero();
  }

  @Test
  void anUnknownEmployeeIsARefusalOnOneLine() {
    CommandRun run = cli.run("report", "--user", "7");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualToIgnoringNewLines("worktime: no employee number 7");
    assertThat(run.out()).isEmpty();
  }

  /** The display column at which the period column (its heading, a date, or "Total") starts. */
  private static int periodColumnOf(String row) {
    int at =
        Stream.of("Period", "2026-", "Total")
            .mapToInt(row::indexOf)
            .filter(found -> found >= 0)
            .min()
            .orElseThrow();
    return DisplayWidth.of(row.substring(0, at));
  }

  private static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }
}
