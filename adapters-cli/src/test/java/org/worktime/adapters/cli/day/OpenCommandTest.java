package org.worktime.adapters.cli.day;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.worktime.adapters.cli.CliTestSupport;
import org.worktime.application.Actor;
import org.worktime.application.Channel;
import org.worktime.application.Request;
import org.worktime.application.employee.ManageEmployeesUseCase.EmployeeChanges;
import org.worktime.application.workday.WorkdayView;
import org.worktime.domain.id.PolicyId;
import org.worktime.domain.place.SourceType;
import org.worktime.domain.policy.Schedule;
import org.worktime.domain.policy.SchedulePolicy;
import org.worktime.domain.policy.Shift;
import org.worktime.domain.text.Note;
import org.worktime.domain.workday.Approval;

class OpenCommandTest {

  /** A Tuesday, 09:00 in Berlin. */
  private static final Instant NOW = Instant.parse("2026-03-10T08:00:00Z");

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private final CliTestSupport cli = new CliTestSupport(NOW);

  @Test
  void openingNowSaysWhoseDayOpenedWhenAndWhere() {
    cli.company("Ada", BERLIN);

    var run = cli.run("open");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualToIgnoringNewLines("Opened Ada's day at 09:00 Europe/Berlin");
    assertThat(run.err()).isEmpty();
    WorkdayView day = latestDay(1);
    assertThat(day.workday().start().at()).isEqualTo(NOW);
    assertThat(day.workday().start().origin().source()).isEqualTo(SourceType.CLI);
  }

  @Test
  void aTimeGivenByHandIsTodayInTheEmployeesZoneAndWaitsForApprovalWhenFarFromNow() {
    cli.company("Ada", BERLIN);

    var run = cli.run("open", "--at", "07:30", "--report", "forgot to clock in");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualToIgnoringNewLines(
            "Opened Ada's day at 07:30 Europe/Berlin (waits for a manager's approval)");
    WorkdayView day = latestDay(1);
    assertThat(day.workday().start().at()).isEqualTo(Instant.parse("2026-03-10T06:30:00Z"));
    assertThat(day.workday().start().note()).contains(new Note("forgot to clock in"));
    assertThat(day.workday().approval()).isEqualTo(Approval.PENDING);
  }

  @Test
  void aLocalDateAndTimeAndAnOffsetTimeMeanTheSameInstants() {
    cli.company("Ada", BERLIN);
    addEmployee("Grace", 2);

    assertThat(cli.run("open", "--at", "2026-03-10T08:50").exitCode()).isZero();
    assertThat(cli.run("open", "--user", "2", "--at", "2026-03-10T07:50Z").out())
        .isEqualToIgnoringNewLines("Opened Grace's day at 08:50 Europe/Berlin");

    assertThat(latestDay(1).workday().start().at())
        .isEqualTo(Instant.parse("2026-03-10T07:50:00Z"));
    assertThat(latestDay(2).workday().start().at())
        .isEqualTo(Instant.parse("2026-03-10T07:50:00Z"));
    assertThat(latestDay(2).workday().zone()).isEqualTo(BERLIN);
  }

  @Test
  void aNoteInHebrewWithEmojiIsKeptExactly() {
    cli.company("Ada", BERLIN);
    String note = "בוקר טוב 🌅 שלום";

    var run = cli.run("open", "--note", note);

    assertThat(run.exitCode()).isZero();
    assertThat(latestDay(1).workday().start().note()).contains(new Note(note));
  }

  @Test
  void jsonAnswersWithTheActionAndTheDayAsStatusShowsIt() {
    cli.company("Ada", BERLIN);

    var run = cli.run("open", "--json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("{\"action\":\"opened\",\"employee\":1,\"name\":\"Ada\",\"status\":\"OPENED\"")
        .contains("\"start\":\"2026-03-10T09:00+01:00\"", "\"approved\":true");
    assertThat(run.out().lines()).hasSize(1);
  }

  @Test
  void openingAnOpenDayIsRefusedOnOneLine() {
    cli.company("Ada", BERLIN);
    cli.run("open");

    var run = cli.run("open");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualToIgnoringNewLines("worktime: cannot open a workday that is opened");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void openingAPausedDayContinuesIt() {
    cli.company("Ada", BERLIN);
    cli.run("open", "--at", "08:00");
    cli.run("pause", "--at", "08:45");

    var run = cli.run("open");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Resumed Ada's day at 09:00 Europe/Berlin after a 0:15 break");
  }

  @Test
  void aTimeInTheDaylightSavingGapIsRefusedByTheDomain() {
    CliTestSupport springForward = new CliTestSupport(Instant.parse("2026-03-29T08:00:00Z"));
    springForward.company("Ada", BERLIN);

    var run = springForward.run("open", "--at", "02:30");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualToIgnoringNewLines(
            "worktime: 2026-03-29T02:30 does not exist in Europe/Berlin:"
                + " the clocks skipped it (daylight saving)");
  }

  @Test
  void aTimeOfAnotherDayOrInTheFutureIsRefused() {
    cli.company("Ada", BERLIN);

    var yesterday = cli.run("open", "--at", "2026-03-09T08:00");
    var later = cli.run("open", "--at", "10:00");

    assertThat(yesterday.exitCode()).isEqualTo(1);
    assertThat(yesterday.err())
        .isEqualToIgnoringNewLines(
            "worktime: a manual time to open must be on 2026-03-10, not on 2026-03-09");
    assertThat(later.exitCode()).isEqualTo(1);
    assertThat(later.err()).startsWith("worktime: cannot open at ").contains("later than now");
  }

  @Test
  void aFixedScheduleNeedsAReportForATimeGivenByHand() {
    Actor ada = cli.company("Ada", BERLIN);
    PolicyId fixed =
        cli.workplaces()
            .engine
            .policies()
            .define(
                Request.of(ada, Channel.CLI),
                new SchedulePolicy(
                    new Schedule.FixedShifts(
                        Map.of(
                            DayOfWeek.TUESDAY,
                            new Shift(LocalTime.of(9, 0), LocalTime.of(17, 0), Duration.ZERO))),
                    Option.none(),
                    Option.none(),
                    Option.none(),
                    Duration.ofMinutes(15),
                    true))
            .get();
    cli.workplaces()
        .engine
        .employees()
        .edit(
            Request.of(ada, Channel.CLI),
            ada.employee(),
            new EmployeeChanges(
                Option.none(), Option.none(), Option.none(), Option.none(), Option.some(fixed)))
        .get();

    var withoutReport = cli.run("open", "--at", "08:55");
    var withReport = cli.run("open", "--at", "08:55", "--report", "train was early 🚆");

    assertThat(withoutReport.exitCode()).isEqualTo(1);
    assertThat(withoutReport.err())
        .isEqualToIgnoringNewLines("worktime: a report is needed to open at a manual time");
    assertThat(withReport.exitCode()).isZero();
    assertThat(latestDay(1).workday().start().note()).contains(new Note("train was early 🚆"));
  }

  @Test
  void aMalformedTimeIsAUsageErrorNamingTheOptionAndTheForms() {
    cli.company("Ada", BERLIN);

    var run = cli.run("open", "--at", "9 o'clock");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err())
        .startsWith("worktime: Invalid value for option '--at': '9 o'clock' is not a time; use")
        .contains("HH:MM (today)", "YYYY-MM-DDTHH:MM", "with an offset", "'worktime open --help'");
    assertThat(cli.run("open", "--at", "25:00").exitCode()).isEqualTo(2);
    assertThat(cli.run("open", "--at", "2026-02-30T09:00").exitCode()).isEqualTo(2);
  }

  @Test
  void aReportWithoutATimeIsAUsageError() {
    cli.company("Ada", BERLIN);

    var run = cli.run("open", "--report", "why");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualToIgnoringNewLines(
            "worktime: --report goes with --at: it says why a time is given by hand"
                + " (see 'worktime open --help')");
    assertThat(latestDayOption(1)).isEmpty();
  }

  @Test
  void anUnknownEmployeeIsRefused() {
    cli.company("Ada", BERLIN);

    var run = cli.run("open", "--user", "9");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualToIgnoringNewLines("worktime: no employee number 9");
  }

  private void addEmployee(String name, long number) {
    cli.run(
        "employee",
        "add",
        "--number",
        String.valueOf(number),
        "--name",
        name,
        "--email",
        name.toLowerCase(java.util.Locale.ROOT) + "@example.org");
  }

  private WorkdayView latestDay(long number) {
    return latestDayOption(number).get();
  }

  private Option<WorkdayView> latestDayOption(long number) {
    var engine = cli.workplaces().engine;
    Actor operator = engine.tenantSetup().operatorOf(engine.tenantSetup().tenants().head()).get();
    Request request = Request.of(operator, Channel.CLI);
    return engine
        .workdayStatus()
        .statusOf(request, engine.employees().byNumber(request, number).get().id())
        .get();
  }
}
