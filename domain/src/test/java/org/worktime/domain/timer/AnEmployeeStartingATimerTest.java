package org.worktime.domain.timer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.worktime.domain.timer.TimerFixtures.BERLIN;
import static org.worktime.domain.timer.TimerFixtures.COLLEAGUE;
import static org.worktime.domain.timer.TimerFixtures.NOW;
import static org.worktime.domain.timer.TimerFixtures.OWNER;
import static org.worktime.domain.timer.TimerFixtures.TENANT;
import static org.worktime.domain.timer.TimerFixtures.WEB;
import static org.worktime.domain.timer.TimerFixtures.legal;
import static org.worktime.domain.timer.TimerFixtures.refused;
import static org.worktime.domain.timer.TimerFixtures.runningSince;
import static org.worktime.domain.timer.TimerFixtures.startAt;
import static org.worktime.domain.timer.TimerFixtures.startNow;
import static org.worktime.domain.timer.TimerFixtures.timerId;

import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.worktime.domain.text.Note;

class AnEmployeeStartingATimerTest {

  @Test
  void theTimerStartsNowWhenNoStartTimeIsGiven() {
    var transition = legal(TaskTimers.start(startNow(timerId(1)), Option.none(), policy(), NOW));

    RunningTimer timer = transition.state();
    assertThat(timer.id()).isEqualTo(timerId(1));
    assertThat(timer.owner()).isEqualTo(OWNER);
    assertThat(timer.tenant()).isEqualTo(TENANT);
    assertThat(timer.start().at()).isEqualTo(NOW);
    assertThat(timer.start().sentAt()).isEqualTo(NOW);
    assertThat(timer.start().zone()).isEqualTo(BERLIN);
    assertThat(timer.start().origin()).isEqualTo(WEB);
  }

  @Test
  void theTimerStartsAtTheGivenPastTimeAndRemembersWhenItWasSent() {
    var earlier = NOW.minus(Duration.ofMinutes(20));

    RunningTimer timer =
        legal(TaskTimers.start(startAt(timerId(1), earlier), Option.none(), policy(), NOW)).state();

    assertThat(timer.start().at()).isEqualTo(earlier);
    assertThat(timer.start().sentAt()).isEqualTo(NOW);
  }

  @Test
  void aStartTimeOfExactlyNowIsAccepted() {
    RunningTimer timer =
        legal(TaskTimers.start(startAt(timerId(1), NOW), Option.none(), policy(), NOW)).state();

    assertThat(timer.start().at()).isEqualTo(NOW);
  }

  @Test
  void aStartTimeInTheFutureIsRefused() {
    var later = NOW.plusSeconds(1);

    TimerError error =
        refused(TaskTimers.start(startAt(timerId(1), later), Option.none(), policy(), NOW));

    assertThat(error).isEqualTo(new TimerError.StartInFuture(later, NOW));
    assertThat(error.describe()).contains(later.toString()).contains(NOW.toString());
  }

  @Test
  void startingSaysTheTimerStarted() {
    var transition = legal(TaskTimers.start(startNow(timerId(1)), Option.none(), policy(), NOW));

    assertThat(transition.events())
        .containsExactly(new TimerEvent.TimerStarted(transition.state()));
    assertThat(transition.events().head().timerId()).isEqualTo(timerId(1));
    assertThat(transition.stoppedPrevious()).isEmpty();
  }

  @Test
  void theAccountCommentExternalIdAndNameAreKeptByteExact() {
    // "שעה על לקוח 🇮🇱 👩🏽‍💻 ✔️": Hebrew, a flag, a ZWJ sequence with a skin tone, a variation
    // selector; each must come back with the same UTF-8 bytes it went in with.
    String comment = "שעה על לקוח 🇮🇱 👩🏽‍💻 ✔️";
    String account = "לקוח-42 🏢";
    String name = "תיקון באג ✨";
    TimerDetails details =
        TimerDetails.none()
            .withAccount(AccountId.of(account).get())
            .withComment(Note.of(comment).get())
            .withExternalId(ExternalId.of("DR-4258").get())
            .withName(Note.of(name).get());
    var command = new StartTimer(timerId(1), TENANT, OWNER, details, Option.none(), BERLIN, WEB);

    TimerDetails kept =
        legal(TaskTimers.start(command, Option.none(), policy(), NOW)).state().details();

    assertThat(kept.comment().get().text().getBytes(StandardCharsets.UTF_8))
        .isEqualTo(comment.getBytes(StandardCharsets.UTF_8));
    assertThat(kept.account().get().value().getBytes(StandardCharsets.UTF_8))
        .isEqualTo(account.getBytes(StandardCharsets.UTF_8));
    assertThat(kept.name().get().text().getBytes(StandardCharsets.UTF_8))
        .isEqualTo(name.getBytes(StandardCharsets.UTF_8));
    assertThat(kept.externalId().get().value()).isEqualTo("DR-4258");
  }

  @Test
  void aColleaguesRunningTimerIsABugInTheCallerNotARefusal() {
    var colleagues =
        new RunningTimer(
            timerId(9), TENANT, COLLEAGUE, TimerDetails.none(), TimerFixtures.punchAt(NOW));

    assertThatThrownBy(
            () -> TaskTimers.start(startNow(timerId(1)), Option.some(colleagues), policy(), NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void startingTheRunningTimerAgainIsABugInTheCaller() {
    var running = runningSince(timerId(1), NOW.minusSeconds(60));

    assertThatThrownBy(
            () -> TaskTimers.start(startNow(timerId(1)), Option.some(running), policy(), NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static SecondTimerPolicy policy() {
    return SecondTimerPolicy.STOP_RUNNING;
  }
}
