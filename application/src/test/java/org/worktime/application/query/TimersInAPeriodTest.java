package org.worktime.application.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.application.EngineFixture.WEB;
import static org.worktime.application.EngineFixture.accepted;
import static org.worktime.application.EngineFixture.as;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.worktime.application.Actor;
import org.worktime.application.EngineFixture;
import org.worktime.application.Refusal;
import org.worktime.application.timer.StartTimerUseCase;
import org.worktime.application.timer.StopTimerUseCase;
import org.worktime.domain.id.TimerId;
import org.worktime.domain.timer.RunningTimer;
import org.worktime.domain.timer.TaskTimer;
import org.worktime.domain.timer.TimerDetails;

class TimersInAPeriodTest {

  private static final LocalDate MONDAY = LocalDate.of(2025, 3, 10);
  private static final LocalDate TUESDAY = LocalDate.of(2025, 3, 11);

  private final EngineFixture fixture = new EngineFixture();
  private final Actor mia = fixture.acme.manager();
  private final Actor eve = fixture.acme.employee();
  private final Actor sam = fixture.acme.colleague();

  @Test
  void aTimesheetStreamsTheTimersStartedOnTheDatesAsked() {
    TimerId evesMonday = workOnATask(eve, Duration.ofMinutes(90));
    fixture.advance(Duration.ofDays(1));
    TimerId samsTuesday = workOnATask(sam, Duration.ofMinutes(30));

    assertThat(ids(timers(mia, Option.none(), MONDAY, MONDAY))).containsExactly(evesMonday);
    assertThat(ids(timers(mia, Option.none(), MONDAY, TUESDAY)))
        .containsExactlyInAnyOrder(evesMonday, samsTuesday);
    assertThat(ids(timers(mia, Option.some(sam), MONDAY, TUESDAY))).containsExactly(samsTuesday);
  }

  @Test
  void anEmployeeReadsTheirOwnTimersOnly() {
    TimerId evesMonday = workOnATask(eve, Duration.ofMinutes(90));
    workOnATask(sam, Duration.ofMinutes(30));

    assertThat(ids(timers(eve, Option.none(), MONDAY, MONDAY))).containsExactly(evesMonday);
    assertThat(
            fixture
                .engine
                .timersInPeriod()
                .forEachTimer(as(eve), Option.some(sam.employee()), MONDAY, MONDAY, timer -> {})
                .getLeft())
        .isInstanceOf(Refusal.Forbidden.class);
  }

  @Test
  void anotherCompanysManagerFindsNobody() {
    workOnATask(eve, Duration.ofMinutes(90));
    Actor globex = fixture.company("globex").manager();

    Either<Refusal, Long> across =
        fixture
            .engine
            .timersInPeriod()
            .forEachTimer(as(globex), Option.some(eve.employee()), MONDAY, MONDAY, timer -> {});

    assertThat(across.getLeft()).isInstanceOf(Refusal.NotFound.class);
    assertThat(timers(globex, Option.none(), MONDAY, MONDAY)).isEmpty();
  }

  private TimerId workOnATask(Actor owner, Duration length) {
    RunningTimer started =
        accepted(
            fixture
                .engine
                .startTimer()
                .start(
                    new StartTimerUseCase.Command(
                        as(owner), owner.employee(), TimerDetails.none(), Option.none(), WEB)));
    fixture.advance(length);
    accepted(
        fixture
            .engine
            .stopTimer()
            .stop(new StopTimerUseCase.Command(as(owner), started.id(), WEB)));
    return started.id();
  }

  private List<TaskTimer> timers(Actor by, Option<Actor> owner, LocalDate from, LocalDate to) {
    List<TaskTimer> streamed = new ArrayList<>();
    long count =
        accepted(
            fixture
                .engine
                .timersInPeriod()
                .forEachTimer(as(by), owner.map(Actor::employee), from, to, streamed::add));
    assertThat(count).isEqualTo(streamed.size());
    return streamed;
  }

  private static List<TimerId> ids(List<TaskTimer> timers) {
    return timers.stream().map(TaskTimer::id).toList();
  }
}
