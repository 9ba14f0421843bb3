package org.worktime.application.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.application.EngineFixture.accepted;
import static org.worktime.application.EngineFixture.as;
import static org.worktime.application.EngineFixture.refused;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.worktime.application.Actor;
import org.worktime.application.EngineFixture;
import org.worktime.application.Refusal;
import org.worktime.application.workday.WorkdayView;
import org.worktime.domain.id.BreakId;
import org.worktime.domain.id.WorkdayId;
import org.worktime.domain.workday.WorkdayStatus;

class FindingADayByItsIdOrABreakTest {

  private final EngineFixture fixture = new EngineFixture();
  private final Actor mia = fixture.acme.manager();
  private final Actor eve = fixture.acme.employee();
  private final Actor sam = fixture.acme.colleague();

  @Test
  void anEmployeeFindsTheirDayByItsIdAndByItsBreaksAsOfNow() {
    WorkdayId day = fixture.open(eve).workday().id();
    fixture.advance(Duration.ofHours(2));
    BreakId running = fixture.pause(eve).workday().runningBreak().get().id();
    fixture.advance(Duration.ofMinutes(10));

    WorkdayView byId = accepted(fixture.engine.workdayLookup().day(as(eve), day));
    WorkdayView byBreak = accepted(fixture.engine.workdayLookup().dayOfBreak(as(eve), running));

    assertThat(byId).isEqualTo(byBreak);
    assertThat(byId.status()).isEqualTo(WorkdayStatus.PAUSED);
    assertThat(byId.breakTime()).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void aColleagueMayNotAndAManagerMay() {
    WorkdayId day = fixture.open(eve).workday().id();

    assertThat(refused(fixture.engine.workdayLookup().day(as(sam), day)))
        .isInstanceOf(Refusal.Forbidden.class);
    assertThat(accepted(fixture.engine.workdayLookup().day(as(mia), day)).workday().id())
        .isEqualTo(day);
  }

  @Test
  void anotherCompanyFindsNothingAndItsNumbersNameNothingHere() {
    WorkdayId day = fixture.open(eve).workday().id();
    Actor stranger = fixture.company("globex").admin();
    long number = fixture.engine.shortNumbers().numberOf(as(eve), day.value());

    assertThat(refused(fixture.engine.workdayLookup().day(as(stranger), day)))
        .isInstanceOf(Refusal.NotFound.class);
    assertThat(fixture.engine.shortNumbers().idOf(as(stranger), number)).isEmpty();
    assertThat(fixture.engine.shortNumbers().idOf(as(mia), number)).contains(day.value());
    assertThat(fixture.engine.shortNumbers().numberOf(as(mia), day.value())).isEqualTo(number);
    assertThat(fixture.engine.shortNumbers().idOf(as(mia), 0)).isEmpty();
    assertThat(fixture.engine.shortNumbers().idOf(as(mia), -1)).isEmpty();
  }
}
