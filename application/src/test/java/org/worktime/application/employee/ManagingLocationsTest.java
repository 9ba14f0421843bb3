package org.worktime.application.employee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.application.EngineFixture.accepted;
import static org.worktime.application.EngineFixture.as;
import static org.worktime.application.EngineFixture.refused;

import org.junit.jupiter.api.Test;
import org.worktime.application.Actor;
import org.worktime.application.EngineFixture;
import org.worktime.application.Refusal;
import org.worktime.domain.ValueError;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.place.Location;

class ManagingLocationsTest {

  private final EngineFixture fixture = new EngineFixture();
  private final Actor admin = fixture.acme.admin();
  private final Actor eve = fixture.acme.employee();

  @Test
  void anAdminDefinesRenamesAndListsLocationsByName() {
    Location haifa = accepted(fixture.engine.locations().define(as(admin), "Haifa port"));
    Location berlin = accepted(fixture.engine.locations().define(as(admin), "Berlin Mitte"));

    Location renamed =
        accepted(fixture.engine.locations().rename(as(admin), haifa.id(), "נמל חיפה ⚓"));

    assertThat(renamed.name()).isEqualTo("נמל חיפה ⚓");
    assertThat(accepted(fixture.engine.locations().list(as(eve)))).containsExactly(berlin, renamed);
  }

  @Test
  void anEmployeeIsPlacedAtALocation() {
    Location site = accepted(fixture.engine.locations().define(as(admin), "Berlin Mitte"));

    Employee placed =
        accepted(fixture.engine.locations().place(as(admin), eve.employee(), site.id()));

    assertThat(placed.location()).contains(site.id());
    assertThat(
            accepted(fixture.engine.employees().list(as(admin)))
                .find(e -> e.id().equals(eve.employee()))
                .get()
                .location())
        .contains(site.id());
  }

  @Test
  void onlyAnAdminDefinesOrPlacesAndABlankNameIsRefused() {
    Location site = accepted(fixture.engine.locations().define(as(admin), "Berlin Mitte"));

    assertThat(refused(fixture.engine.locations().define(as(eve), "Mine")))
        .isInstanceOf(Refusal.Forbidden.class);
    assertThat(refused(fixture.engine.locations().place(as(eve), eve.employee(), site.id())))
        .isInstanceOf(Refusal.Forbidden.class);
    assertThat(refused(fixture.engine.locations().define(as(admin), "   ")))
        .isEqualTo(new Refusal.InvalidValue(new ValueError.BlankText()));
  }

  @Test
  void anotherCompanysLocationIsNeverFound() {
    Location site = accepted(fixture.engine.locations().define(as(admin), "Berlin Mitte"));
    Actor globex = fixture.company("globex").admin();

    assertThat(refused(fixture.engine.locations().rename(as(globex), site.id(), "Taken")))
        .isInstanceOf(Refusal.NotFound.class);
    assertThat(
            refused(
                fixture
                    .engine
                    .locations()
                    .place(
                        as(admin),
                        eve.employee(),
                        accepted(fixture.engine.locations().define(as(globex), "Elsewhere")).id())))
        .isInstanceOf(Refusal.NotFound.class);
    assertThat(accepted(fixture.engine.locations().list(as(globex))).map(Location::name))
        .containsExactly("Elsewhere");
  }
}
