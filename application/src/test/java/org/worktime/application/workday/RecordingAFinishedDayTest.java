package org.worktime.application.workday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.application.EngineFixture.BERLIN;
import static org.worktime.application.EngineFixture.MONDAY_NINE;
import static org.worktime.application.EngineFixture.WEB;
import static org.worktime.application.EngineFixture.accepted;
import static org.worktime.application.EngineFixture.as;
import static org.worktime.application.EngineFixture.refused;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.worktime.application.Actor;
import org.worktime.application.EngineFixture;
import org.worktime.application.IdempotencyKey;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.application.port.AuditEntry;
import org.worktime.domain.employee.Role;
import org.worktime.domain.id.PolicyId;
import org.worktime.domain.policy.Schedule;
import org.worktime.domain.policy.SchedulePolicy;
import org.worktime.domain.policy.Shift;
import org.worktime.domain.text.Note;
import org.worktime.domain.time.Interval;
import org.worktime.domain.workday.Action;
import org.worktime.domain.workday.Approval;
import org.worktime.domain.workday.ClosedWorkday;
import org.worktime.domain.workday.WorkdayError;

/**
 * A finished day given at once by its start and end (Staffomatic's finished work timer): the rules
 * of a manual open and a manual close hold, on any past date, and it overlaps no other day. The
 * clock stands at Monday 18:00 in Berlin unless a test moves it.
 */
class RecordingAFinishedDayTest {

  private final EngineFixture fixture = new EngineFixture();
  private final Actor eve = fixture.acme.employee();
  private final Actor sam = fixture.acme.colleague();
  private final Actor mia = fixture.acme.manager();

  RecordingAFinishedDayTest() {
    fixture.advance(Duration.ofHours(9));
  }

  /** Monday at that local time in Berlin. */
  private static ZonedDateTime monday(int hour, int minute) {
    return MONDAY_NINE.atZone(BERLIN).withHour(hour).withMinute(minute);
  }

  private static RecordWorkdayUseCase.Command record(
      Request request, Actor whose, ZonedDateTime start, ZonedDateTime end) {
    return new RecordWorkdayUseCase.Command(
        request, whose.employee(), start, end, WEB, Option.none());
  }

  @Test
  void anEmployeesFinishedDayIsRecordedClosedAndAudited() {
    WorkdayView recorded =
        accepted(
            fixture
                .engine
                .recordWorkday()
                .record(record(as(eve), eve, monday(8, 0), monday(16, 30))));

    ClosedWorkday day = (ClosedWorkday) recorded.workday();
    assertThat(day.employee()).isEqualTo(eve.employee());
    assertThat(day.start().at()).isEqualTo(monday(8, 0).toInstant());
    assertThat(day.finish().at()).isEqualTo(monday(16, 30).toInstant());
    assertThat(day.zone()).isEqualTo(BERLIN);
    assertThat(recorded.netWorked()).isEqualTo(Duration.ofMinutes(8 * 60 + 30));
    assertThat(fixture.status(eve).get().workday()).isEqualTo(day);
    AuditEntry entry = fixture.history(day.id()).single();
    assertThat(entry.action()).isEqualTo("RECORD");
    assertThat(entry.actor()).isEqualTo(eve.employee());
    assertThat(entry.before()).isEmpty();
  }

  @Test
  void timesFurtherFromNowThanThePolicyAllowsWaitForAManagerAsAManualOpenDoes() {
    WorkdayView farFromNow =
        accepted(
            fixture
                .engine
                .recordWorkday()
                .record(record(as(mia), eve, monday(8, 0), monday(16, 0))));
    Instant sixPm = fixture.now();
    WorkdayView justNow =
        accepted(
            fixture
                .engine
                .recordWorkday()
                .record(
                    record(
                        as(mia),
                        sam,
                        sixPm.minus(Duration.ofMinutes(10)).atZone(BERLIN),
                        sixPm.minus(Duration.ofMinutes(5)).atZone(BERLIN))));

    assertThat(farFromNow.workday().approval()).isEqualTo(Approval.PENDING);
    assertThat(justNow.workday().approval()).isEqualTo(Approval.APPROVED);
  }

  @Test
  void aPolicyThatAllowsAWideDeltaApprovesTheDayAsRecorded() {
    SchedulePolicy lenient =
        new SchedulePolicy(
            new Schedule.FlexibleHours(1),
            Option.none(),
            Option.none(),
            Option.none(),
            Duration.ofHours(12),
            true);
    Actor ivy = hireWith(lenient, "ivy@acme.example");

    WorkdayView recorded =
        accepted(
            fixture
                .engine
                .recordWorkday()
                .record(record(as(ivy), ivy, monday(8, 0), monday(16, 0))));

    assertThat(recorded.workday().approval()).isEqualTo(Approval.APPROVED);
    assertThat(
            refused(
                fixture
                    .engine
                    .approveWorkday()
                    .approve(new ApproveWorkdayUseCase.Command(as(mia), recorded.workday().id()))))
        .as("nothing is pending")
        .isEqualTo(
            new Refusal.WorkdayRefused(new WorkdayError.NothingToApprove(recorded.workday().id())));
  }

  @Test
  void aFixedScheduleNeedsAReportForTheManualTimes() {
    SchedulePolicy fixed =
        new SchedulePolicy(
            new Schedule.FixedShifts(
                Map.of(
                    DayOfWeek.MONDAY,
                    new Shift(LocalTime.of(8, 0), LocalTime.of(16, 0), Duration.ZERO))),
            Option.none(),
            Option.none(),
            Option.none(),
            SchedulePolicy.DEFAULT_ALLOWED_DELTA,
            true);
    Actor ivy = hireWith(fixed, "ivy@acme.example");
    Note why = new Note("terminal was down: 08:00–16:00 on paper ✍️ עבודה");

    Refusal withoutReport =
        refused(
            fixture
                .engine
                .recordWorkday()
                .record(record(as(ivy), ivy, monday(8, 0), monday(16, 0))));
    WorkdayView withReport =
        accepted(
            fixture
                .engine
                .recordWorkday()
                .record(
                    new RecordWorkdayUseCase.Command(
                        as(ivy),
                        ivy.employee(),
                        monday(8, 0),
                        monday(16, 0),
                        WEB,
                        Option.some(why))));

    assertThat(withoutReport)
        .isEqualTo(
            new Refusal.WorkdayRefused(
                new WorkdayError.ReportNeeded(Action.OPEN, true, List.empty())));
    assertThat(withReport.workday().start().note()).contains(why);
    assertThat(withReport.workday().end().get().note()).contains(why);
    assertThat(fixture.history(withReport.workday().id()).single().reason()).contains(why);
  }

  @Test
  void aDayOverlappingAnotherOfTheEmployeesIsRefused() {
    fixture.clock.set(MONDAY_NINE);
    WorkdayView worked = fixture.workedFor(eve, Duration.ofHours(8)); // 09:00–17:00
    fixture.advance(Duration.ofHours(1));

    Refusal refusal =
        refused(
            fixture
                .engine
                .recordWorkday()
                .record(record(as(mia), eve, monday(16, 0), monday(17, 30))));

    assertThat(refusal)
        .isEqualTo(
            new Refusal.WorkdayRefused(
                new WorkdayError.OverlappingWorkday(
                    worked.workday().id(),
                    new Interval(MONDAY_NINE, MONDAY_NINE.plus(Duration.ofHours(8))))));
    assertThat(fixture.status(eve).get().workday()).isEqualTo(worked.workday());
  }

  @Test
  void aDayOverlappingTheRunningOneIsRefusedAndOneBeforeItIsNot() {
    fixture.clock.set(MONDAY_NINE.plus(Duration.ofHours(4))); // 13:00
    WorkdayView running = fixture.open(eve);
    fixture.advance(Duration.ofHours(1));

    Refusal overlapping =
        refused(
            fixture
                .engine
                .recordWorkday()
                .record(record(as(eve), eve, monday(12, 0), monday(13, 30))));
    WorkdayView before =
        accepted(
            fixture
                .engine
                .recordWorkday()
                .record(record(as(eve), eve, monday(6, 0), monday(12, 0))));

    assertThat(overlapping)
        .isEqualTo(
            new Refusal.WorkdayRefused(
                new WorkdayError.OverlappingWorkday(
                    running.workday().id(),
                    new Interval(monday(13, 0).toInstant(), fixture.now()))));
    assertThat(before.workday()).isInstanceOf(ClosedWorkday.class);
    assertThat(fixture.status(eve).get().workday().id())
        .as("the running day stays the latest")
        .isEqualTo(running.workday().id());
  }

  @Test
  void aDayThatEndsBeforeItStartsIsRefused() {
    Refusal refusal =
        refused(
            fixture
                .engine
                .recordWorkday()
                .record(record(as(eve), eve, monday(16, 0), monday(8, 0))));

    assertThat(refusal)
        .isEqualTo(
            new Refusal.WorkdayRefused(
                new WorkdayError.EndBeforeStart(
                    monday(16, 0).toInstant(), monday(8, 0).toInstant())));
    assertThat(fixture.status(eve)).isEmpty();
  }

  @Test
  void aDayInTheFutureIsRefused() {
    Refusal endsLater =
        refused(
            fixture
                .engine
                .recordWorkday()
                .record(record(as(eve), eve, monday(17, 0), monday(19, 0))));
    Refusal startsLater =
        refused(
            fixture
                .engine
                .recordWorkday()
                .record(record(as(eve), eve, monday(19, 0), monday(20, 0))));

    assertThat(endsLater)
        .isEqualTo(
            new Refusal.WorkdayRefused(
                new WorkdayError.TimeInFuture(
                    Action.RECORD, monday(19, 0).toInstant(), fixture.now())));
    assertThat(startsLater)
        .isEqualTo(
            new Refusal.WorkdayRefused(
                new WorkdayError.TimeInFuture(
                    Action.RECORD, monday(19, 0).toInstant(), fixture.now())));
    assertThat(fixture.status(eve)).isEmpty();
  }

  @Test
  void anEarlierDateIsAllowedAndANightShiftEndsTheNextMorningButNoLater() {
    ZonedDateTime fridayTen = monday(22, 0).minusDays(3);
    WorkdayView nightShift =
        accepted(
            fixture
                .engine
                .recordWorkday()
                .record(record(as(eve), eve, fridayTen, fridayTen.plusHours(8))));
    Refusal twoDays =
        refused(
            fixture
                .engine
                .recordWorkday()
                .record(
                    record(
                        as(eve), eve, fridayTen.plusDays(1), fridayTen.plusDays(2).plusHours(1))));

    assertThat(nightShift.netWorked()).isEqualTo(Duration.ofHours(8));
    assertThat(twoDays)
        .isEqualTo(
            new Refusal.WorkdayRefused(
                new WorkdayError.WrongDate(
                    Action.RECORD,
                    fridayTen.plusDays(2).plusHours(1).toLocalDate(),
                    fridayTen.plusDays(1).toLocalDate())));
  }

  @Test
  void onlyAManagerRecordsTheDayOfSomeoneElse() {
    Refusal byColleague =
        refused(
            fixture
                .engine
                .recordWorkday()
                .record(record(as(sam), eve, monday(8, 0), monday(16, 0))));
    WorkdayView byManager =
        accepted(
            fixture
                .engine
                .recordWorkday()
                .record(record(as(mia), eve, monday(8, 0), monday(16, 0))));

    assertThat(byColleague).isInstanceOf(Refusal.Forbidden.class);
    assertThat(byManager.workday().employee()).isEqualTo(eve.employee());
    assertThat(fixture.history(byManager.workday().id()).single().actor())
        .isEqualTo(mia.employee());
  }

  @Test
  void aRetryWithTheSameKeyAnswersTheSameDayAndRecordsNothingMore() {
    Request withKey = as(eve).withIdempotencyKey(new IdempotencyKey("record-monday-eve"));

    WorkdayView first =
        accepted(
            fixture
                .engine
                .recordWorkday()
                .record(record(withKey, eve, monday(8, 0), monday(16, 0))));
    fixture.advance(Duration.ofMinutes(3));
    WorkdayView retried =
        accepted(
            fixture
                .engine
                .recordWorkday()
                .record(record(withKey, eve, monday(8, 0), monday(16, 0))));
    Refusal otherTimes =
        refused(
            fixture
                .engine
                .recordWorkday()
                .record(record(withKey, eve, monday(9, 0), monday(16, 0))));

    assertThat(retried.workday()).isEqualTo(first.workday());
    assertThat(fixture.history(first.workday().id())).hasSize(1);
    assertThat(otherTimes).isInstanceOf(Refusal.IdempotencyKeyReused.class);
    AtomicInteger days = new AtomicInteger();
    accepted(
        fixture
            .engine
            .workdaysInPeriod()
            .forEachDay(
                as(mia),
                Option.some(eve.employee()),
                monday(0, 0).toLocalDate().minusDays(1),
                monday(0, 0).toLocalDate().plusDays(1),
                day -> days.incrementAndGet()));
    assertThat(days).hasValue(1);
  }

  private Actor hireWith(SchedulePolicy policy, String email) {
    PolicyId id = accepted(fixture.engine.policies().define(as(fixture.acme.admin()), policy));
    return fixture.hire(fixture.acme.admin(), email, "Ivy", BERLIN, Role.EMPLOYEE, Option.some(id));
  }
}
