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

  @Test
  void theLocalOperatorOfEachCompanyIsItsFirstAdministrator() {
    EngineFixture fixture = new EngineFixture();
    EngineFixture.Staff acme = fixture.company("Acme");
    EngineFixture.Staff globex = fixture.company("Globex");

    assertThat(fixture.engine.tenantSetup().tenants())
        .contains(acme.admin().tenant(), globex.admin().tenant());
    assertThat(fixture.engine.tenantSetup().operatorOf(acme.admin().tenant()).get())
        .isEqualTo(acme.admin());
    assertThat(fixture.engine.tenantSetup().operatorOf(globex.admin().tenant()).get())
        .isEqualTo(globex.admin());
  }

  @Test
  void aCompanyUnknownToTheStoreHasNoOperator() {
    EngineFixture fixture = new EngineFixture();
    org.worktime.domain.id.TenantId stranger =
        org.worktime.domain.id.TenantId.of(new org.worktime.domain.id.Id(7, 7));

    assertThat(fixture.engine.tenantSetup().operatorOf(stranger).getLeft())
        .isInstanceOf(org.worktime.application.Refusal.NotFound.class);
  }
}
