package org.worktime.application.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.application.EngineFixture.BERLIN;
import static org.worktime.application.EngineFixture.accepted;
import static org.worktime.application.EngineFixture.as;
import static org.worktime.application.EngineFixture.refused;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.worktime.application.Actor;
import org.worktime.application.EngineFixture;
import org.worktime.application.IdempotencyKey;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.application.port.AuditEntry;
import org.worktime.application.transfer.ImportUseCase.DayCommand;
import org.worktime.application.transfer.ImportUseCase.Imported;
import org.worktime.application.transfer.ImportUseCase.TimerCommand;
import org.worktime.domain.place.Origin;
import org.worktime.domain.place.SourceType;
import org.worktime.domain.text.Note;
import org.worktime.domain.time.Interval;
import org.worktime.domain.time.Punch;
import org.worktime.domain.timer.AccountId;
import org.worktime.domain.timer.RecordedTimer;
import org.worktime.domain.timer.TaskTimer;
import org.worktime.domain.timer.TimerDetails;
import org.worktime.domain.timer.TimerError;
import org.worktime.domain.workday.Approval;
import org.worktime.domain.workday.ClosedWorkday;
import org.worktime.domain.workday.RecordedWorkday;
import org.worktime.domain.workday.Workday;
import org.worktime.domain.workday.WorkdayError;

/** Days and timers recorded elsewhere come in whole, once, and never on top of other time. */
class ImportingDaysAndTimersTest {

  /** The week before the fixture's Monday: 2025-03-03, 09:00 in Berlin. */
  private static final Instant LAST_MONDAY_NINE = Instant.parse("2025-03-03T08:00:00Z");

  private static final Origin CLI = Origin.of(SourceType.CLI);
  private static final TimerDetails HEBREW =
      TimerDetails.none()
          .withAccount(new AccountId("לקוח-7"))
          .withComment(new Note("שלום 👋 review"));

  private final EngineFixture fixture = new EngineFixture();
  private final Actor admin = fixture.acme.admin();
  private final Actor eve = fixture.acme.employee();

  @Test
  void aFinishedDayComesInWholeWithItsBreaksAndIsAudited() {
    Imported outcome = accepted(importDay(as(admin), eve, day(0, 8, List.of(hours(3, 4)))));

    assertThat(outcome).isEqualTo(Imported.CREATED);
    Workday stored = days(eve).single();
    assertThat(stored).isInstanceOf(ClosedWorkday.class);
    assertThat(stored.netWorkedAt(fixture.now())).isEqualTo(Duration.ofHours(7));
    assertThat(stored.start().note().map(Note::text)).contains("imported 🙂");
    assertThat(fixture.history(stored.id()).map(AuditEntry::action)).containsExactly("IMPORT_DAY");
  }

  @Test
  void theSameDayAgainIsAlreadyPresentAndAddsNothing() {
    accepted(importDay(as(admin), eve, day(0, 8, List.of(hours(3, 4)))));

    Imported again = accepted(importDay(as(admin), eve, day(0, 8, List.of(hours(3, 4)))));

    assertThat(again).isEqualTo(Imported.ALREADY_PRESENT);
    assertThat(days(eve)).hasSize(1);
  }

  @Test
  void aRetriedKeyIsAlreadyPresentEvenAfterTheOpenDayItBroughtWasClosed() {
    Request keyed = as(admin).withIdempotencyKey(new IdempotencyKey("import:day-1"));
    RecordedWorkday running =
        new RecordedWorkday(
            punch(LAST_MONDAY_NINE.plus(Duration.ofDays(7))),
            List.empty(),
            Option.none(),
            Option.none(),
            Approval.APPROVED);
    accepted(fixture.engine.imports().importDay(new DayCommand(keyed, eve.employee(), running)));
    fixture.advance(Duration.ofHours(2));
    fixture.close(eve);

    Imported again =
        accepted(
            fixture.engine.imports().importDay(new DayCommand(keyed, eve.employee(), running)));

    assertThat(again).isEqualTo(Imported.ALREADY_PRESENT);
    assertThat(days(eve)).hasSize(1);
  }

  @Test
  void aDayThatSharesTimeWithAnotherIsRefusedAndLeavesNothing() {
    accepted(importDay(as(admin), eve, day(0, 8, List.empty())));
    int audited = fixture.history(days(eve).single().id()).size();

    Refusal refusal = refused(importDay(as(admin), eve, day(7, 10, List.empty())));

    assertThat(refusal)
        .isInstanceOfSatisfying(
            Refusal.WorkdayRefused.class,
            refused ->
                assertThat(refused.error()).isInstanceOf(WorkdayError.OverlappingWorkday.class));
    assertThat(days(eve)).hasSize(1);
    assertThat(fixture.history(days(eve).single().id())).hasSize(audited);
  }

  @Test
  void anOlderDayComesInBehindTheEmployeesLatestDay() {
    fixture.workedFor(eve, Duration.ofHours(8));

    Imported older = accepted(importDay(as(admin), eve, day(0, 8, List.empty())));

    assertThat(older).isEqualTo(Imported.CREATED);
    assertThat(days(eve)).hasSize(2);
  }

  @Test
  void anEmployeeMayNotImportAColleaguesDays() {
    Refusal refusal =
        refused(importDay(as(eve), fixture.acme.colleague(), day(0, 8, List.empty())));

    assertThat(refusal).isInstanceOf(Refusal.Forbidden.class);
  }

  @Test
  void aTimerComesInOnceAndNeverOnTopOfAnother() {
    RecordedTimer review = timer(1, Option.some(3), HEBREW);

    assertThat(accepted(importTimer(review))).isEqualTo(Imported.CREATED);
    assertThat(accepted(importTimer(review))).isEqualTo(Imported.ALREADY_PRESENT);
    Refusal overlapping = refused(importTimer(timer(2, Option.some(4), TimerDetails.none())));

    assertThat(overlapping)
        .isInstanceOfSatisfying(
            Refusal.TimerRefused.class,
            refused -> assertThat(refused.error()).isInstanceOf(TimerError.OverlappingTimer.class));
    assertThat(timers(eve))
        .singleElement()
        .satisfies(t -> assertThat(t.details()).isEqualTo(HEBREW));
  }

  @Test
  void aRunningTimerIsRefusedWhileAnotherRuns() {
    accepted(importTimer(timer(1, Option.none(), TimerDetails.none())));

    Refusal refusal =
        refused(
            importTimer(
                new RecordedTimer(
                    TimerDetails.none(),
                    punch(fixture.now().minus(Duration.ofMinutes(5))),
                    Option.none())));

    assertThat(refusal).isInstanceOf(Refusal.TimerRefused.class);
    assertThat(timers(eve)).hasSize(1);
  }

  private io.vavr.control.Either<Refusal, Imported> importDay(
      Request request, Actor whose, RecordedWorkday day) {
    return fixture.engine.imports().importDay(new DayCommand(request, whose.employee(), day));
  }

  private io.vavr.control.Either<Refusal, Imported> importTimer(RecordedTimer timer) {
    return fixture.engine.imports().importTimer(new TimerCommand(as(admin), eve.employee(), timer));
  }

  private static RecordedWorkday day(int startHour, int endHour, List<Interval> breaks) {
    return new RecordedWorkday(
        punch(at(startHour)).withNote(Option.some(new Note("imported 🙂"))),
        breaks,
        Option.none(),
        Option.some(punch(at(endHour))),
        Approval.APPROVED);
  }

  private static RecordedTimer timer(int startHour, Option<Integer> endHour, TimerDetails details) {
    return new RecordedTimer(details, punch(at(startHour)), endHour.map(hour -> punch(at(hour))));
  }

  private static Interval hours(int from, int to) {
    return new Interval(at(from), at(to));
  }

  private static Instant at(int hoursAfterNine) {
    return LAST_MONDAY_NINE.plus(Duration.ofHours(hoursAfterNine));
  }

  private static Punch punch(Instant at) {
    return Punch.live(at, BERLIN, CLI);
  }

  private List<Workday> days(Actor whose) {
    java.util.List<Workday> found = new ArrayList<>();
    accepted(
        fixture
            .engine
            .workdaysInPeriod()
            .forEachDay(
                as(admin),
                Option.some(whose.employee()),
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31),
                found::add));
    return List.ofAll(found);
  }

  private List<TaskTimer> timers(Actor whose) {
    java.util.List<TaskTimer> found = new ArrayList<>();
    accepted(
        fixture
            .engine
            .timersInPeriod()
            .forEachTimer(
                as(admin),
                Option.some(whose.employee()),
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31),
                found::add));
    return List.ofAll(found);
  }
}
