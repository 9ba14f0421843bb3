package org.worktime.adapters.cli;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.worktime.adapters.cli.store.StoreOptions;
import org.worktime.adapters.cli.store.Workplace;
import org.worktime.adapters.cli.store.Workplaces;
import org.worktime.application.Actor;
import org.worktime.application.Refusal;
import org.worktime.domain.id.Id;
import org.worktime.domain.id.TenantId;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A command that works on a store: it opens the store its options name, finds the company and the
 * operator to act as, runs, and closes the store again. A refusal of the engine is one line on
 * stderr and exit code 1; a store with several companies and no {@code --tenant} is a usage error.
 *
 * <p>On an empty store the first command creates the company with the operator as its administrator
 * (employee number 1), in this machine's time zone, and says so on stderr.
 */
public abstract class DeskCommand implements Callable<Integer> {

  @Spec protected CommandSpec spec;

  @Mixin protected StoreOptions storeOptions;

  @Option(
      names = "--tenant",
      paramLabel = "ID",
      description = "The company to act for, when the store holds several (its UUID).")
  private String tenant;

  @Option(names = "--json", description = "Print JSON for scripts instead of text.")
  private boolean json;

  private final Workplaces workplaces;

  protected DeskCommand(Workplaces workplaces) {
    this.workplaces = Objects.requireNonNull(workplaces, "workplaces");
  }

  /** The command's work; the exit code on success, or the engine's refusal. */
  protected abstract Either<Refusal, Integer> run(Desk desk);

  @Override
  public final Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (Workplace place = workplaces.open(storeOptions.location())) {
      Either<Refusal, Integer> outcome =
          operator(place, err)
              .flatMap(
                  actor ->
                      run(
                          new Desk(
                              place.engine(),
                              place.clock(),
                              actor,
                              place.store(),
                              out,
                              err,
                              json)));
      out.flush();
      return outcome.fold(
          refusal -> {
            err.println("worktime: " + refusal.describe());
            return 1;
          },
          code -> code);
    }
  }

  private Either<Refusal, Actor> operator(Workplace place, PrintWriter err) {
    Seq<TenantId> tenants = place.engine().tenantSetup().tenants();
    if (tenant != null) {
      TenantId chosen = TenantId.of(parsedTenant());
      return tenants.contains(chosen)
          ? place.engine().tenantSetup().operatorOf(chosen)
          : Either.left(new Refusal.NotFound("company", tenant + " in " + place.store()));
    }
    if (tenants.size() > 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "this store holds "
              + tenants.size()
              + " companies; name one with --tenant ("
              + tenants.map(TenantId::toString).mkString(", ")
              + ")");
    }
    if (tenants.isEmpty()) {
      String name = System.getProperty("user.name", "operator");
      return place
          .engine()
          .tenantSetup()
          .createTenant(name + "@localhost", name, ZoneId.systemDefault())
          .peek(
              created ->
                  err.println(
                      "worktime: first use: created the company and its administrator "
                          + name
                          + " (employee number 1) in "
                          + place.store()));
    }
    return place.engine().tenantSetup().operatorOf(tenants.head());
  }

  private Id parsedTenant() {
    return Id.fromUuid(tenant)
        .orElse(Id.fromDecimal(tenant))
        .getOrElseThrow(
            () ->
                new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--tenant must be a company id (a UUID), not '" + tenant + "'"));
  }
}
