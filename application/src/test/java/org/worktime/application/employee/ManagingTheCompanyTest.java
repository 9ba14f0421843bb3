package org.worktime.application.employee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.application.EngineFixture.BERLIN;
import static org.worktime.application.EngineFixture.accepted;
import static org.worktime.application.EngineFixture.as;
import static org.worktime.application.EngineFixture.refused;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.worktime.application.Actor;
import org.worktime.application.EngineFixture;
import org.worktime.application.Refusal;
import org.worktime.application.employee.ManageEmployeesUseCase.EmployeeChanges;
import org.worktime.application.employee.ManageEmployeesUseCase.NewEmployee;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.employee.Role;
import org.worktime.domain.id.PolicyId;
import org.worktime.domain.policy.Schedule;
import org.worktime.domain.policy.SchedulePolicy;
import org.worktime.domain.workday.WorkdayStatus;

class ManagingTheCompanyTest {

  private static final ZoneId TEL_AVIV = ZoneId.of("Asia/Jerusalem");

  private final EngineFixture fixture = new EngineFixture();
  private final Actor admin = fixture.acme.admin();
  private final Actor eve = fixture.acme.employee();

  @Test
  void aNewCompanyHasItsAdminAsNumberOneOnFlexibleHours() {
    assertThat(admin.role()).isEqualTo(Role.ADMIN);
    Employee first = accepted(fixture.engine.employees().list(as(admin))).head();

    assertThat(first.id()).isEqualTo(admin.employee());
    assertThat(first.number()).isOne();
    assertThat(first.email()).isEqualTo("admin@acme.example");
    assertThat(first.homeZone()).isEqualTo(BERLIN);
    assertThat(accepted(fixture.engine.policies().policyOf(as(admin), admin.employee())))
        .isEqualTo(SchedulePolicy.flexible());
  }

  @Test
  void employeesAreNumberedInTheOrderTheyJoined() {
    assertThat(accepted(fixture.engine.employees().list(as(eve))))
        .extracting(Employee::number, Employee::role)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, Role.ADMIN),
            org.assertj.core.groups.Tuple.tuple(2L, Role.MANAGER),
            org.assertj.core.groups.Tuple.tuple(3L, Role.EMPLOYEE),
            org.assertj.core.groups.Tuple.tuple(4L, Role.EMPLOYEE));
  }

  @Test
  void anEmployeeMayBeGivenTheirNumber() {
    Employee added =
        accepted(
            fixture
                .engine
                .employees()
                .add(
                    as(admin),
                    new NewEmployee(
                        Option.some(42L),
                        "dan@acme.example",
                        "Dan",
                        TEL_AVIV,
                        Role.EMPLOYEE,
                        Option.none())));

    assertThat(added.number()).isEqualTo(42);
    assertThat(added.homeZone()).isEqualTo(TEL_AVIV);
    assertThat(added.tenant()).isEqualTo(admin.tenant());
  }

  @Test
  void anEmailAlreadyTakenIsAConflict() {
    assertThat(
            refused(
                fixture
                    .engine
                    .employees()
                    .add(
                        as(admin),
                        new NewEmployee(
                            Option.none(),
                            "EVE@acme.example",
                            "Another Eve",
                            BERLIN,
                            Role.EMPLOYEE,
                            Option.none()))))
        .isInstanceOf(Refusal.Conflict.class);
    assertThat(accepted(fixture.engine.employees().list(as(admin)))).hasSize(4);
  }

  @Test
  void anEditChangesWhatIsGivenAndKeepsTheRest() {
    Employee edited =
        accepted(
            fixture
                .engine
                .employees()
                .edit(
                    as(admin),
                    eve.employee(),
                    new EmployeeChanges(
                        Option.none(),
                        Option.some("Eve Senior"),
                        Option.some(TEL_AVIV),
                        Option.some(Role.MANAGER),
                        Option.none())));

    assertThat(edited.name()).isEqualTo("Eve Senior");
    assertThat(edited.homeZone()).isEqualTo(TEL_AVIV);
    assertThat(edited.role()).isEqualTo(Role.MANAGER);
    assertThat(edited.email()).isEqualTo("eve@acme.example");
    assertThat(edited.number()).isEqualTo(3);
    assertThat(
            accepted(fixture.engine.employees().list(as(admin)))
                .find(e -> e.id().equals(eve.employee())))
        .contains(edited);
    assertThat(
            refused(
                fixture
                    .engine
                    .employees()
                    .edit(
                        as(eve),
                        eve.employee(),
                        new EmployeeChanges(
                            Option.none(),
                            Option.none(),
                            Option.none(),
                            Option.some(Role.ADMIN),
                            Option.none()))))
        .isInstanceOf(Refusal.Forbidden.class);
  }

  @Test
  void aDefinedPolicyGovernsTheDaysOfThoseWhoFollowIt() {
    SchedulePolicy twoDays =
        new SchedulePolicy(
            new Schedule.FlexibleHours(2),
            Option.none(),
            Option.none(),
            Option.none(),
            SchedulePolicy.DEFAULT_ALLOWED_DELTA,
            false);
    PolicyId id = accepted(fixture.engine.policies().define(as(admin), twoDays));
    accepted(
        fixture
            .engine
            .employees()
            .edit(
                as(admin),
                eve.employee(),
                new EmployeeChanges(
                    Option.none(), Option.none(), Option.none(), Option.none(), Option.some(id))));

    assertThat(accepted(fixture.engine.policies().policyOf(as(eve), eve.employee())))
        .isEqualTo(twoDays);
    assertThat(
            refused(
                fixture.engine.policies().policyOf(as(eve), fixture.acme.colleague().employee())))
        .isInstanceOf(Refusal.Forbidden.class);

    fixture.open(eve);
    fixture.clock.set(Instant.parse("2025-03-11T06:00:00Z"));
    assertThat(fixture.status(eve).get().status())
        .as("on the two-day rule a day is not expired the next morning")
        .isEqualTo(WorkdayStatus.OPENED);

    SchedulePolicy oneDay =
        new SchedulePolicy(
            new Schedule.FlexibleHours(1),
            Option.none(),
            Option.none(),
            Option.none(),
            Duration.ofMinutes(5),
            false);
    assertThat(accepted(fixture.engine.policies().redefine(as(admin), id, oneDay)))
        .isEqualTo(oneDay);
    assertThat(fixture.status(eve).get().status()).isEqualTo(WorkdayStatus.EXPIRED);
    assertThat(refused(fixture.engine.policies().redefine(as(fixture.acme.manager()), id, twoDays)))
        .isInstanceOf(Refusal.Forbidden.class);
  }

  @Test
  void anyoneOfTheCompanyReadsItsPoliciesButNoOtherCompanysOnes() {
    SchedulePolicy twoDays =
        new SchedulePolicy(
            new Schedule.FlexibleHours(2),
            Option.none(),
            Option.none(),
            Option.none(),
            SchedulePolicy.DEFAULT_ALLOWED_DELTA,
            false);
    PolicyId id = accepted(fixture.engine.policies().define(as(admin), twoDays));
    Actor otherAdmin =
        accepted(fixture.engine.tenantSetup().createTenant("zed@other.example", "Zed", TEL_AVIV));

    assertThat(accepted(fixture.engine.policies().policy(as(eve), id))).isEqualTo(twoDays);
    assertThat(accepted(fixture.engine.policies().definedPolicies(as(eve))))
        .extracting(ManagePoliciesUseCase.DefinedPolicy::policy)
        .containsExactlyInAnyOrder(SchedulePolicy.flexible(), twoDays);
    assertThat(refused(fixture.engine.policies().policy(as(otherAdmin), id)))
        .isInstanceOf(Refusal.NotFound.class);
    assertThat(accepted(fixture.engine.policies().definedPolicies(as(otherAdmin))))
        .extracting(ManagePoliciesUseCase.DefinedPolicy::id)
        .doesNotContain(id);
  }
}
