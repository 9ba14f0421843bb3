package org.worktime.benchmarks.server;

import io.vavr.control.Option;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.worktime.adapters.persistence.jdbc.JdbcStores;
import org.worktime.application.Actor;
import org.worktime.application.Channel;
import org.worktime.application.Engine;
import org.worktime.application.EngineBuilder;
import org.worktime.application.Request;
import org.worktime.application.employee.ManageEmployeesUseCase.NewEmployee;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.employee.Role;
import org.worktime.domain.id.TimeOrderedIdGenerator;

/**
 * The company the write path runs on: an administrator and {@code n} employees on flexible hours,
 * each with an API key of their own, since one employee has one open day at a time and so each
 * concurrent client needs its own. Made through the engine, as the management API would.
 */
final class BenchCompany {

  private BenchCompany() {}

  /** Migrates the schema, creates the company, answers the employees' tokens in order. */
  static List<String> create(DataSource database, int employees) {
    Clock clock = Clock.systemUTC();
    Engine engine =
        new EngineBuilder()
            .clock(clock)
            .ids(new TimeOrderedIdGenerator(clock, new SecureRandom()))
            .stores(JdbcStores.create(database))
            .build();
    Actor admin =
        engine
            .tenantSetup()
            .createTenant("admin@bench.example", "Bench admin", ZoneId.of("Europe/Berlin"))
            .getOrElseThrow(refusal -> new IllegalStateException(refusal.describe()));
    Request request = Request.of(admin, Channel.CLI);
    List<String> tokens = new ArrayList<>();
    for (int n = 1; n <= employees; n++) {
      Employee employee =
          engine
              .employees()
              .add(
                  request,
                  new NewEmployee(
                      Option.none(),
                      "bench" + n + "@bench.example",
                      "Bench employee " + n,
                      ZoneId.of("Europe/Berlin"),
                      Role.EMPLOYEE,
                      Option.none()))
              .getOrElseThrow(refusal -> new IllegalStateException(refusal.describe()));
      tokens.add(
          engine
              .apiKeys()
              .issue(request, employee.id(), "bench", Option.none())
              .getOrElseThrow(refusal -> new IllegalStateException(refusal.describe()))
              .token());
    }
    return tokens;
  }
}
