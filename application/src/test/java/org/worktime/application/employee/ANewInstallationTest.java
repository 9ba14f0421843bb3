package org.worktime.application.employee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.worktime.application.Engine;
import org.worktime.application.EngineBuilder;
import org.worktime.application.EngineFixture;
import org.worktime.application.MutableClock;
import org.worktime.application.StoresUnderTest;
import org.worktime.domain.id.TimeOrderedIdGenerator;

class ANewInstallationTest {

  @Test
  void isNewUntilTheFirstCompanyIsCreated() {
    MutableClock clock = new MutableClock(EngineFixture.MONDAY_NINE);
    Engine engine =
        new EngineBuilder()
            .clock(clock)
            .ids(new TimeOrderedIdGenerator(clock, new SplittableRandom(1)))
            .stores(StoresUnderTest.create())
            .build();

    assertThat(engine.tenantSetup().isNewInstallation()).isTrue();
    engine.tenantSetup().createTenant("ada@example.com", "Ada", ZoneId.of("Europe/Berlin")).get();
    assertThat(engine.tenantSetup().isNewInstallation()).isFalse();
  }
}
