package org.worktime.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.application.EngineFixture.WEB;
import static org.worktime.application.EngineFixture.accepted;
import static org.worktime.application.EngineFixture.as;
import static org.worktime.application.EngineFixture.openNow;
import static org.worktime.application.EngineFixture.pauseNow;
import static org.worktime.application.EngineFixture.refused;

import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.worktime.application.EngineFixture.Staff;
import org.worktime.application.port.AuditEntry;
import org.worktime.application.timer.StartTimerUseCase;
import org.worktime.application.timer.StopTimerUseCase;
import org.worktime.application.workday.WorkdayView;
import org.worktime.domain.timer.RunningTimer;
import org.worktime.domain.timer.StoppedTimer;
import org.worktime.domain.timer.TimerDetails;
import org.worktime.domain.workday.WorkdayStatus;

class RetryingARequestTest {

  private static final IdempotencyKey KEY = new IdempotencyKey("open-2025-03-10-eve");

  private final EngineFixture fixture = new EngineFixture();
  private final Actor eve = fixture.acme.employee();
  private final Request withKey = as(eve).withIdempotencyKey(KEY);

  @Test
  void theSameOpeningSentTwiceOpensOneDayAndAnswersTheSameTwice() {
    WorkdayView first = accepted(fixture.engine.openWorkday().open(openNow(withKey, eve)));
    WorkdayView retried = accepted(fixture.engine.openWorkday().open(openNow(withKey, eve)));

    assertThat(retried).isEqualTo(first);
    assertThat(fixture.history(first.workday().id())).hasSize(1);
    assertThat(fixture.status(eve).get().workday()).isEqualTo(first.workday());
  }

  @Test
  void aLateRetryAnswersTheDayAsTheFirstRequestLeftIt() {
    WorkdayView first = accepted(fixture.engine.openWorkday().open(openNow(withKey, eve)));
    fixture.advance(Duration.ofHours(2));
    fixture.pause(eve);

    WorkdayView retried = accepted(fixture.engine.openWorkday().open(openNow(withKey, eve)));

    assertThat(retried).isEqualTo(first);
    assertThat(retried.status()).isEqualTo(WorkdayStatus.OPENED);
    assertThat(fixture.status(eve).get().status()).isEqualTo(WorkdayStatus.PAUSED);
    assertThat(fixture.history(first.workday().id()).map(AuditEntry::action))
        .containsExactly("OPEN", "PAUSE");
  }

  @Test
  void theSameKeyForAnotherCommandIsRefused() {
    WorkdayView opened = accepted(fixture.engine.openWorkday().open(openNow(withKey, eve)));
    fixture.advance(Duration.ofHours(1));

    assertThat(refused(fixture.engine.pauseWorkday().pause(pauseNow(withKey, eve))))
        .isEqualTo(new Refusal.IdempotencyKeyReused(KEY));
    assertThat(fixture.status(eve).get().status()).isEqualTo(WorkdayStatus.OPENED);
    assertThat(fixture.history(opened.workday().id())).hasSize(1);
  }

  @Test
  void keysBelongToOneCompany() {
    Staff globex = fixture.company("globex");
    Actor gus = globex.employee();

    WorkdayView evesDay = accepted(fixture.engine.openWorkday().open(openNow(withKey, eve)));
    WorkdayView gusDay =
        accepted(fixture.engine.openWorkday().open(openNow(as(gus).withIdempotencyKey(KEY), gus)));

    assertThat(gusDay.workday().id()).isNotEqualTo(evesDay.workday().id());
    assertThat(gusDay.workday().tenant()).isEqualTo(gus.tenant());
  }

  @Test
  void aColleagueRetryingSomeoneElsesKeyGetsNoAnswerTheyCouldNotGetThemselves() {
    accepted(fixture.engine.openWorkday().open(openNow(withKey, eve)));
    Actor sam = fixture.acme.colleague();

    assertThat(
            refused(
                fixture.engine.openWorkday().open(openNow(as(sam).withIdempotencyKey(KEY), eve))))
        .isInstanceOf(Refusal.Forbidden.class);
  }

  @Test
  void aColleagueRetryingSomeoneElsesTimerKeyGetsNoAnswerEither() {
    StartTimerUseCase.Command start =
        new StartTimerUseCase.Command(
            withKey, eve.employee(), TimerDetails.none(), Option.none(), WEB);
    accepted(fixture.engine.startTimer().start(start));
    Actor sam = fixture.acme.colleague();

    assertThat(
            refused(
                fixture
                    .engine
                    .startTimer()
                    .start(
                        new StartTimerUseCase.Command(
                            as(sam).withIdempotencyKey(KEY),
                            eve.employee(),
                            TimerDetails.none(),
                            Option.none(),
                            WEB))))
        .isInstanceOf(Refusal.Forbidden.class);
  }

  @Test
  void theSameTimerStartSentTwiceStartsOneTimer() {
    StartTimerUseCase.Command start =
        new StartTimerUseCase.Command(
            withKey, eve.employee(), TimerDetails.none(), Option.none(), WEB);

    RunningTimer first = accepted(fixture.engine.startTimer().start(start));
    fixture.advance(Duration.ofMinutes(1));
    RunningTimer retried = accepted(fixture.engine.startTimer().start(start));

    assertThat(retried).isEqualTo(first);
    assertThat(
            accepted(fixture.engine.runningTimers().running(as(eve), Option.none(), 0, 10)).items())
        .containsExactly(first);
    assertThat(fixture.stored.audit().historyOf(eve.tenant(), first.id().value())).hasSize(1);
  }

  @Test
  void theSameTimerStopSentTwiceStopsOnceWithoutComplaint() {
    RunningTimer running =
        accepted(
            fixture
                .engine
                .startTimer()
                .start(
                    new StartTimerUseCase.Command(
                        as(eve), eve.employee(), TimerDetails.none(), Option.none(), WEB)));
    fixture.advance(Duration.ofMinutes(25));
    StopTimerUseCase.Command stop =
        new StopTimerUseCase.Command(
            as(eve).withIdempotencyKey(new IdempotencyKey("stop-1")), running.id(), WEB);

    StoppedTimer first = accepted(fixture.engine.stopTimer().stop(stop));
    fixture.advance(Duration.ofMinutes(5));
    StoppedTimer retried = accepted(fixture.engine.stopTimer().stop(stop));

    assertThat(retried).isEqualTo(first);
    assertThat(first.duration()).isEqualTo(Duration.ofMinutes(25));
    assertThat(fixture.stored.audit().historyOf(eve.tenant(), running.id().value()))
        .extracting(AuditEntry::action)
        .containsExactly("START_TIMER", "STOP_TIMER");
  }
}
