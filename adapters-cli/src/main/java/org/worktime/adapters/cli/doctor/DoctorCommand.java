package org.worktime.adapters.cli.doctor;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRulesProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.worktime.adapters.cli.JsonOutput;
import org.worktime.adapters.cli.store.RunningMarker;
import org.worktime.adapters.cli.store.StoreHealth;
import org.worktime.adapters.cli.store.StoreLocation;
import org.worktime.adapters.cli.store.StoreOptions;
import org.worktime.adapters.cli.store.Workplace;
import org.worktime.adapters.cli.store.Workplaces;
import org.worktime.application.Actor;
import org.worktime.application.Channel;
import org.worktime.application.Engine;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.id.TenantId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code worktime doctor}: looks at the installation without changing it (it creates no company,
 * applies no migration) and says, one line per check, what is ok, what deserves a look (warn) and
 * what is broken (fail): the store, its schema, the companies, time zones, and the configuration.
 * Exit 1 when a check fails.
 */
@Command(
    name = "doctor",
    mixinStandardHelpOptions = true,
    description = {
      "Check the store, its schema, the companies, time zones and the configuration.",
      "Changes nothing; one line per check: ok, warn or fail."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:No check failed (some may warn).", "1:At least one check failed."})
public final class DoctorCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private StoreOptions storeOptions;

  @Option(names = "--json", description = "Print JSON for scripts instead of text.")
  private boolean json;

  private final Workplaces workplaces;
  private final Supplier<Map<String, String>> environment;

  public DoctorCommand(Workplaces workplaces) {
    this(workplaces, System::getenv);
  }

  DoctorCommand(Workplaces workplaces, Supplier<Map<String, String>> environment) {
    this.workplaces = Objects.requireNonNull(workplaces, "workplaces");
    this.environment = Objects.requireNonNull(environment, "environment");
  }

  @Override
  public Integer call() {
    Map<String, String> env = environment.get();
    StoreLocation location = storeOptions.location(env);
    java.util.List<Check> checks = new ArrayList<>();
    StoreHealth health = workplaces.health(location);
    checks.add(store(health));
    checks.add(schema(health));
    checks.add(lastStop(location));
    boolean readable =
        health.unreachable().isEmpty() && health.exists() && health.pendingMigrations() == 0;
    Seq<Employee> employees = List.empty();
    if (readable && (health.schemaVersion().isDefined() || health.kind().equals("in memory"))) {
      Either<Check, Seq<Employee>> people = companies(location, checks);
      employees = people.getOrElse(List.empty());
      people.swap().forEach(checks::add);
    } else if (health.unreachable().isEmpty() && !health.exists()) {
      checks.add(Check.ok("companies", "none yet; the first command creates one"));
    } else {
      checks.add(Check.warn("companies", "not read: the store is not ready (see above)"));
    }
    checks.add(zones(employees));
    checks.add(configuration(env, location));
    print(checks);
    return checks.stream().anyMatch(check -> check.status() == Check.Status.FAIL) ? 1 : 0;
  }

  /**
   * A server killed or crashed leaves its marker behind; the next {@code serve} checks the store.
   */
  private static Check lastStop(StoreLocation location) {
    return RunningMarker.leftBehind(location.data())
        .map(
            left ->
                Check.warn(
                    "last stop",
                    "the last serve did not stop cleanly ("
                        + left
                        + "); the next serve reads the whole store to check it"))
        .getOrElse(() -> Check.ok("last stop", "clean (no server left its marker behind)"));
  }

  private static Check store(StoreHealth health) {
    String where = health.location();
    if (health.unreachable().isDefined()) {
      return Check.fail("store", where + " is unreachable: " + health.unreachable().get());
    }
    return health.exists()
        ? Check.ok("store", where + " (reachable)")
        : Check.ok("store", where + " does not exist yet; the first command creates it");
  }

  private static Check schema(StoreHealth health) {
    if (health.unreachable().isDefined()) {
      return Check.fail("schema", "unknown: the store is unreachable");
    }
    if (!health.exists()) {
      return Check.ok("schema", "none yet; the first command creates it");
    }
    if (health.schemaVersion().isEmpty()) {
      return health.kind().equals("in memory")
          ? Check.ok("schema", "none: the store is in memory")
          : Check.warn("schema", "empty; the next command creates the schema");
    }
    String version = "version " + health.schemaVersion().get();
    return health.pendingMigrations() == 0
        ? Check.ok("schema", version + ", up to date")
        : Check.warn(
            "schema",
            version
                + ", "
                + health.pendingMigrations()
                + " migration(s) pending; the next command applies them");
  }

  /** The companies and their people, or the failing check when they cannot be read. */
  private Either<Check, Seq<Employee>> companies(
      StoreLocation location, java.util.List<Check> checks) {
    try (Workplace place = workplaces.open(location)) {
      Engine engine = place.engine();
      Seq<TenantId> tenants = engine.tenantSetup().tenants();
      if (tenants.isEmpty()) {
        checks.add(Check.ok("companies", "none yet; the first command creates one"));
        return Either.right(List.empty());
      }
      Seq<Employee> everyone = List.empty();
      java.util.List<String> described = new ArrayList<>();
      for (TenantId tenant : tenants) {
        Either<Refusal, Actor> operator = engine.tenantSetup().operatorOf(tenant);
        if (operator.isLeft()) {
          return Either.left(
              Check.fail("companies", tenant + ": " + operator.getLeft().describe()));
        }
        Either<Refusal, Seq<Employee>> people =
            engine.employees().list(Request.of(operator.get(), Channel.CLI));
        if (people.isLeft()) {
          return Either.left(Check.fail("companies", tenant + ": " + people.getLeft().describe()));
        }
        String administrator =
            people
                .get()
                .find(e -> e.id().equals(operator.get().employee()))
                .map(Employee::name)
                .getOrElse("?");
        described.add(
            tenant
                + " with "
                + people.get().size()
                + (people.get().size() == 1 ? " employee" : " employees")
                + " (administrator "
                + administrator
                + ", "
                + engine
                    .companyAccount()
                    .slug(Request.of(operator.get(), Channel.CLI))
                    .toOption()
                    .flatMap(slug -> slug)
                    .map(slug -> "account name " + slug)
                    .getOrElse("no account name: worktime company slug NAME")
                + ")");
        everyone = everyone.appendAll(people.get());
      }
      checks.add(
          Check.ok(
              "companies",
              tenants.size()
                  + (tenants.size() == 1 ? " company: " : " companies: ")
                  + String.join("; ", described)));
      return Either.right(everyone);
    } catch (DateTimeException unknownZone) {
      return Either.left(
          Check.fail(
              "companies",
              "an employee's zone is unknown to this Java ("
                  + tzdbVersion()
                  + "): "
                  + unknownZone.getMessage()));
    } catch (RuntimeException unreadable) {
      return Either.left(Check.fail("companies", "cannot be read: " + unreadable.getMessage()));
    }
  }

  private static Check zones(Seq<Employee> employees) {
    String facts =
        "JVM default " + ZoneId.systemDefault().getId() + "; tz database " + tzdbVersion();
    Seq<Employee> fixed = employees.filter(employee -> employee.homeZone() instanceof ZoneOffset);
    if (fixed.nonEmpty()) {
      return Check.warn(
          "time zones",
          facts
              + "; fixed offsets ignore summer time: "
              + fixed
                  .map(e -> "employee " + e.number() + " (" + e.homeZone() + ")")
                  .mkString(", "));
    }
    return Check.ok(
        "time zones",
        facts
            + (employees.isEmpty()
                ? ""
                : "; employees' zones: "
                    + employees.map(e -> e.homeZone().getId()).distinct().sorted().mkString(", ")));
  }

  private static String tzdbVersion() {
    try {
      return ZoneRulesProvider.getVersions("UTC").lastKey();
    } catch (RuntimeException unknown) {
      return "version unknown";
    }
  }

  private static Check configuration(Map<String, String> env, StoreLocation location) {
    String variables =
        set(env, "WORKTIME_HOME")
            + ", "
            + set(env, "WORKTIME_DB")
            + ", "
            + set(env, "WORKTIME_DB_PASSWORD");
    if (location.url().isDefined()) {
      return Check.ok("configuration", variables + "; PostgreSQL: no data directory is used");
    }
    Path data = location.data().toAbsolutePath().normalize();
    Path existing = data;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing != null && Files.isDirectory(existing) && Files.isWritable(existing)) {
      return Check.ok(
          "configuration",
          variables
              + "; data directory "
              + data
              + (existing.equals(data) ? " is writable" : " can be created"));
    }
    return Check.fail("configuration", variables + "; data directory " + data + " is not writable");
  }

  private static String set(Map<String, String> env, String name) {
    String value = env.get(name);
    return name + (value == null || value.isBlank() ? " not set" : " set");
  }

  private void print(java.util.List<Check> checks) {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> fields = new LinkedHashMap<>();
      fields.put("ok", checks.stream().noneMatch(check -> check.status() == Check.Status.FAIL));
      java.util.List<Map<String, String>> listed = new ArrayList<>();
      for (Check check : checks) {
        Map<String, String> one = new LinkedHashMap<>();
        one.put("check", check.name());
        one.put("status", check.status().word());
        one.put("detail", check.detail());
        listed.add(one);
      }
      fields.put("checks", listed);
      JsonOutput.print(out, fields);
    } else {
      for (Check check : checks) {
        out.println(
            String.format("%-5s %-14s %s", check.status().word(), check.name(), check.detail()));
      }
    }
    out.flush();
  }
}
