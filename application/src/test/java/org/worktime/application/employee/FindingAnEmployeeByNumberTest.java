package org.worktime.application.employee;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.worktime.application.Actor;
import org.worktime.application.Channel;
import org.worktime.application.Engine;
import org.worktime.application.EngineBuilder;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.application.employee.ManageEmployeesUseCase.NewEmployee;
import org.worktime.domain.employee.Role;

class FindingAnEmployeeByNumberTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private final Engine engine =
      new EngineBuilder()
          .clock(Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC))
          .build();

  @Test
  void anEmployeeIsFoundByTheNumberTheDialectsUse() {
    Actor admin = engine.tenantSetup().createTenant("ada@example.com", "Ada", BERLIN).get();
    Request asAdmin = Request.of(admin, Channel.EMBEDDED);
    var added =
        engine
            .employees()
            .add(
                asAdmin,
                new NewEmployee(
                    Option.some(5L), "bo@example.com", "Bo", BERLIN, Role.EMPLOYEE, Option.none()))
            .get();

    assertThat(engine.employees().byNumber(asAdmin, 5).get()).isEqualTo(added);
  }

  @Test
  void anUnknownNumberIsNotFound() {
    Actor admin = engine.tenantSetup().createTenant("ada@example.com", "Ada", BERLIN).get();

    assertThat(engine.employees().byNumber(Request.of(admin, Channel.EMBEDDED), 99).getLeft())
        .isEqualTo(new Refusal.NotFound("employee", "number 99"));
  }

  @Test
  void anotherTenantsEmployeeIsNeverFound() {
    Actor first = engine.tenantSetup().createTenant("ada@example.com", "Ada", BERLIN).get();
    Actor second = engine.tenantSetup().createTenant("cy@example.com", "Cy", BERLIN).get();
    engine
        .employees()
        .add(
            Request.of(first, Channel.EMBEDDED),
            new NewEmployee(
                Option.some(5L), "bo@example.com", "Bo", BERLIN, Role.EMPLOYEE, Option.none()))
        .get();

    assertThat(engine.employees().byNumber(Request.of(second, Channel.EMBEDDED), 5).isLeft())
        .isTrue();
  }

  @Test
  void anEmployeeIsFoundByIdInTheCallersTenantOnly() {
    Actor first = engine.tenantSetup().createTenant("ada@example.com", "Ada", BERLIN).get();
    Actor second = engine.tenantSetup().createTenant("cy@example.com", "Cy", BERLIN).get();

    assertThat(
            engine
                .employees()
                .byId(Request.of(first, Channel.EMBEDDED), first.employee())
                .get()
                .id())
        .isEqualTo(first.employee());
    assertThat(
            engine
                .employees()
                .byId(Request.of(second, Channel.EMBEDDED), first.employee())
                .getLeft())
        .isInstanceOf(Refusal.NotFound.class);
  }
}
