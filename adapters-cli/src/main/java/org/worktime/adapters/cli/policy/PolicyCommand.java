package org.worktime.adapters.cli.policy;

import io.vavr.control.Either;
import java.util.Map;
import org.worktime.adapters.cli.Desk;
import org.worktime.adapters.cli.DeskCommand;
import org.worktime.adapters.cli.GivenId;
import org.worktime.adapters.cli.JsonOutput;
import org.worktime.adapters.cli.Table;
import org.worktime.adapters.cli.store.Workplaces;
import org.worktime.application.Refusal;
import org.worktime.domain.id.Id;
import org.worktime.domain.id.PolicyId;
import org.worktime.domain.policy.SchedulePolicy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code worktime policy}: the schedule policies employees follow. */
@Command(
    name = "policy",
    mixinStandardHelpOptions = true,
    description = "List, add or change schedule policies (flexible hours or fixed shifts).",
    synopsisSubcommandLabel = "(list | add | edit)")
public final class PolicyCommand {

  private PolicyCommand() {}

  public static CommandLine commandLine(Workplaces workplaces) {
    return new CommandLine(new PolicyCommand())
        .addSubcommand(new ListAll(workplaces))
        .addSubcommand(new Add(workplaces))
        .addSubcommand(new Edit(workplaces));
  }

  static int print(Desk desk, String verb, PolicyId id, SchedulePolicy policy) {
    if (desk.json()) {
      JsonOutput.print(desk.out(), PolicyRendering.json(id, policy));
    } else {
      desk.out().println(verb + " policy " + id + ": " + PolicyRendering.rules(policy));
    }
    return 0;
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List the policies, oldest (the company's default) first.")
  static final class ListAll extends DeskCommand {

    ListAll(Workplaces workplaces) {
      super(workplaces);
    }

    @Override
    protected Either<Refusal, Integer> run(Desk desk) {
      return desk.engine()
          .policies()
          .definedPolicies(desk.request())
          .flatMap(
              policies ->
                  desk.engine()
                      .employees()
                      .list(desk.request())
                      .map(
                          staff -> {
                            if (desk.json()) {
                              JsonOutput.print(
                                  desk.out(),
                                  Map.of(
                                      "items",
                                      policies
                                          .map(d -> PolicyRendering.json(d.id(), d.policy()))
                                          .asJava()));
                              return 0;
                            }
                            Table table = new Table("ID", "EMPLOYEES", "RULES");
                            policies.forEach(
                                defined ->
                                    table.row(
                                        defined.id(),
                                        staff.count(e -> e.policy().equals(defined.id())),
                                        PolicyRendering.rules(defined.policy())));
                            table.print(desk.out());
                            return 0;
                          }));
    }
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Add a policy: flexible hours unless --shift gives fixed shifts.",
        "Example: worktime policy add --shift MON-FRI=09:00-17:00 --planned-break 0:30"
            + " --latest-start 09:15"
      })
  static final class Add extends DeskCommand {

    @Mixin private PolicyOptions rules;

    Add(Workplaces workplaces) {
      super(workplaces);
    }

    @Override
    protected Either<Refusal, Integer> run(Desk desk) {
      SchedulePolicy policy =
          rules
              .applyTo(SchedulePolicy.flexible())
              .getOrElseThrow(
                  problem -> new CommandLine.ParameterException(spec.commandLine(), problem));
      return desk.engine()
          .policies()
          .define(desk.request(), policy)
          .map(id -> print(desk, "Added", id, policy));
    }
  }

  @Command(
      name = "edit",
      mixinStandardHelpOptions = true,
      description = "Change a policy's rules; what is not given stays as it is.")
  static final class Edit extends DeskCommand {

    @Parameters(
        paramLabel = "ID",
        converter = GivenId.class,
        description = "The policy's id (see 'worktime policy list').")
    private Id id;

    @Mixin private PolicyOptions rules;

    Edit(Workplaces workplaces) {
      super(workplaces);
    }

    @Override
    protected Either<Refusal, Integer> run(Desk desk) {
      if (!rules.anyGiven()) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "nothing to change: give at least one rule (see --help)");
      }
      PolicyId policyId = PolicyId.of(id);
      return desk.engine()
          .policies()
          .policy(desk.request(), policyId)
          .flatMap(
              before -> {
                SchedulePolicy after =
                    rules
                        .applyTo(before)
                        .getOrElseThrow(
                            problem ->
                                new CommandLine.ParameterException(spec.commandLine(), problem));
                return desk.engine().policies().redefine(desk.request(), policyId, after);
              })
          .map(after -> print(desk, "Changed", policyId, after));
    }
  }
}
