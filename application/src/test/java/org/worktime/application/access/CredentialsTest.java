package org.worktime.application.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.worktime.application.Actor;
import org.worktime.application.Channel;
import org.worktime.application.Engine;
import org.worktime.application.EngineBuilder;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.application.employee.ManageEmployeesUseCase.NewEmployee;
import org.worktime.domain.employee.Role;
import org.worktime.domain.id.TimeOrderedIdGenerator;

class CredentialsTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.parse("2026-11-23T08:00:00Z"));
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now.get();
        }
      };

  private Engine engine;
  private Actor admin;
  private Request asAdmin;

  @BeforeEach
  void aTenantWithItsAdmin() {
    SplittableRandom random = new SplittableRandom(11);
    engine =
        new EngineBuilder()
            .clock(clock)
            .ids(new TimeOrderedIdGenerator(clock, new SplittableRandom(3)))
            .secrets(
                count -> {
                  byte[] bytes = new byte[count];
                  random.nextBytes(bytes);
                  return bytes;
                })
            .build();
    admin = engine.tenantSetup().createTenant("ada@example.com", "Ada", BERLIN).get();
    asAdmin = Request.of(admin, Channel.EMBEDDED);
  }

  @Test
  void anIssuedKeyActsAsItsEmployeeInTheirRole() {
    var issued = engine.apiKeys().issue(asAdmin, admin.employee(), "first", Option.none()).get();

    assertThat(issued.token()).startsWith("wt_");
    assertThat(engine.authenticate().authenticate(issued.token()).get()).isEqualTo(admin);
  }

  @Test
  void onlyTheHashOfTheSecretIsKept() {
    var issued = engine.apiKeys().issue(asAdmin, admin.employee(), "first", Option.none()).get();
    String secret = issued.token().substring(issued.token().indexOf('.') + 1);

    var stored = engine.apiKeys().list(asAdmin).get().head();

    assertThat(stored.secretHash()).hasSize(32).isNotEqualTo(secret.getBytes());
    assertThat(stored.toString()).doesNotContain(secret);
    assertThat(issued.toString()).doesNotContain(secret);
  }

  @Test
  void aTamperedUnknownOrMalformedTokenIsRefused() {
    var issued = engine.apiKeys().issue(asAdmin, admin.employee(), "first", Option.none()).get();
    String token = issued.token();
    String tampered = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");

    for (String bad : new String[] {tampered, "wt_nothing", "", "Bearer x", token + "x"}) {
      assertThat(engine.authenticate().authenticate(bad).getLeft())
          .as(bad)
          .isInstanceOf(Refusal.Unauthenticated.class);
    }
  }

  @Test
  void aRevokedKeyNoLongerAuthenticates() {
    var issued = engine.apiKeys().issue(asAdmin, admin.employee(), "first", Option.none()).get();

    engine.apiKeys().revoke(asAdmin, issued.key().id()).get();

    assertThat(engine.authenticate().authenticate(issued.token()).getLeft())
        .isInstanceOf(Refusal.Unauthenticated.class);
  }

  @Test
  void anExpiringKeyAuthenticatesUntilItExpires() {
    var issued =
        engine
            .apiKeys()
            .issue(asAdmin, admin.employee(), "short", Option.some(Duration.ofHours(1)))
            .get();

    now.set(now.get().plus(Duration.ofMinutes(59)));
    assertThat(engine.authenticate().authenticate(issued.token()).isRight()).isTrue();
    now.set(now.get().plus(Duration.ofMinutes(1)));
    assertThat(engine.authenticate().authenticate(issued.token()).getLeft())
        .isInstanceOf(Refusal.Unauthenticated.class);
  }

  @Test
  void clientCredentialsBuyExpiringAccessTokensButDoNotAuthenticateThemselves() {
    var client = engine.apiKeys().registerClient(asAdmin, admin.employee(), "crm").get();

    assertThat(engine.authenticate().authenticate(client.token()).getLeft())
        .isInstanceOf(Refusal.Unauthenticated.class);
    var access =
        engine
            .authenticate()
            .exchange(client.clientId(), client.clientSecret(), Duration.ofHours(1))
            .get();
    assertThat(access.key().kind()).isEqualTo(ApiKey.Kind.ACCESS_TOKEN);
    assertThat(access.key().expiresAt()).contains(now.get().plus(Duration.ofHours(1)));
    assertThat(engine.authenticate().authenticate(access.token()).get()).isEqualTo(admin);
    assertThat(
            engine
                .authenticate()
                .exchange(client.clientId(), "wrong", Duration.ofHours(1))
                .getLeft())
        .isInstanceOf(Refusal.Unauthenticated.class);
  }

  @Test
  void onlyAnAdminIssuesKeysAndNobodyIssuesForAnotherTenant() {
    var employee =
        engine
            .employees()
            .add(
                asAdmin,
                new NewEmployee(
                    Option.none(), "bo@example.com", "Bo", BERLIN, Role.EMPLOYEE, Option.none()))
            .get();
    Request asEmployee =
        Request.of(new Actor(admin.tenant(), employee.id(), Role.EMPLOYEE), Channel.EMBEDDED);
    Actor otherAdmin = engine.tenantSetup().createTenant("cy@example.com", "Cy", BERLIN).get();

    assertThat(engine.apiKeys().issue(asEmployee, employee.id(), "mine", Option.none()).getLeft())
        .isInstanceOf(Refusal.Forbidden.class);
    assertThat(
            engine
                .apiKeys()
                .issue(Request.of(otherAdmin, Channel.EMBEDDED), employee.id(), "x", Option.none())
                .getLeft())
        .isInstanceOf(Refusal.NotFound.class);
  }
}
