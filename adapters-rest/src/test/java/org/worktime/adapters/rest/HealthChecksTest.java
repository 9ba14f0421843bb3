package org.worktime.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.worktime.application.EngineBuilder;
import org.worktime.application.Refusal;
import org.worktime.application.memory.MemoryStores;
import org.worktime.application.port.EmployeeDirectory;
import org.worktime.application.port.Stores;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.TenantId;

class HealthChecksTest {

  private final AtomicBoolean storeDown = new AtomicBoolean();
  private RestServer server;
  private int port;

  private void serve() {
    Stores memory = MemoryStores.create();
    EmployeeDirectory flaky = new FlakyDirectory(memory.employees(), storeDown);
    Stores stores =
        new Stores(
            memory.workdays(),
            memory.timers(),
            flaky,
            memory.policies(),
            memory.audit(),
            memory.idempotency(),
            memory.apiKeys(),
            memory.locations(),
            memory.shortNumbers(),
            memory.companyAccounts(),
            memory.officeNetworks(),
            memory.transactions());
    server =
        new RestServer(
            new EngineBuilder()
                .clock(new MutableClock(Instant.parse("2026-11-23T08:00:00Z")))
                .stores(stores)
                .build(),
            RestConfig.loopback());
    port = server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void aRunningServerIsLiveAndReadyWithoutCredentials() throws Exception {
    serve();

    assertThat(get("/health/live")).isEqualTo("200 {\"status\":\"UP\"}");
    assertThat(get("/health/ready")).startsWith("200 ").contains("\"status\":\"UP\"");
  }

  @Test
  void aServerWhoseStoreDoesNotAnswerIsLiveButNotReady() throws Exception {
    serve();
    storeDown.set(true);

    assertThat(get("/health/live")).isEqualTo("200 {\"status\":\"UP\"}");
    assertThat(get("/health/ready")).startsWith("503 ").contains("\"status\":\"DOWN\"");
  }

  private String get(String path) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    return response.statusCode() + " " + response.body();
  }

  /** A directory whose database has gone away when the flag says so. */
  private record FlakyDirectory(EmployeeDirectory delegate, AtomicBoolean down)
      implements EmployeeDirectory {

    private <T> T unlessDown(java.util.function.Supplier<T> call) {
      if (down.get()) {
        throw new IllegalStateException("connection refused");
      }
      return call.get();
    }

    @Override
    public Option<Employee> find(TenantId tenant, EmployeeId id) {
      return unlessDown(() -> delegate.find(tenant, id));
    }

    @Override
    public Option<Employee> byNumber(TenantId tenant, long number) {
      return unlessDown(() -> delegate.byNumber(tenant, number));
    }

    @Override
    public Option<Employee> byEmail(TenantId tenant, String email) {
      return unlessDown(() -> delegate.byEmail(tenant, email));
    }

    @Override
    public boolean isEmpty() {
      return unlessDown(delegate::isEmpty);
    }

    @Override
    public Seq<TenantId> tenants() {
      return unlessDown(delegate::tenants);
    }

    @Override
    public Seq<Employee> all(TenantId tenant) {
      return unlessDown(() -> delegate.all(tenant));
    }

    @Override
    public Either<Refusal.Conflict, Employee> save(Employee employee) {
      return unlessDown(() -> delegate.save(employee));
    }
  }
}
