package org.worktime.adapters.cli.timer;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Map;
import org.worktime.adapters.cli.Desk;
import org.worktime.adapters.cli.DeskCommand;
import org.worktime.adapters.cli.Durations;
import org.worktime.adapters.cli.JsonOutput;
import org.worktime.adapters.cli.Table;
import org.worktime.adapters.cli.UserOption;
import org.worktime.adapters.cli.store.Workplaces;
import org.worktime.application.Page;
import org.worktime.application.Refusal;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.text.Note;
import org.worktime.domain.timer.AccountId;
import org.worktime.domain.timer.RunningTimer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code worktime timer list}: the running timers, oldest first: everyone's, or one employee's. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "List running task timers, oldest first (everyone's, or --user's).")
final class TimerListCommand extends DeskCommand {

  private static final int PAGE = 100;

  @Mixin private UserOption user;

  TimerListCommand(Workplaces workplaces) {
    super(workplaces);
  }

  @Override
  protected Either<Refusal, Integer> run(Desk desk) {
    Either<Refusal, Option<EmployeeId>> whose =
        user.number().isDefined()
            ? desk.employee(user.number()).map(owner -> Option.some(owner.id()))
            : Either.right(Option.none());
    return whose.flatMap(
        owner ->
            all(desk, owner)
                .flatMap(
                    timers ->
                        desk.engine()
                            .employees()
                            .list(desk.request())
                            .map(staff -> print(desk, timers, staff))));
  }

  private static Either<Refusal, Seq<RunningTimer>> all(Desk desk, Option<EmployeeId> owner) {
    Seq<RunningTimer> found = List.empty();
    int offset = 0;
    while (true) {
      Either<Refusal, Page<RunningTimer>> page =
          desk.engine().runningTimers().running(desk.request(), owner, offset, PAGE);
      if (page.isLeft()) {
        return Either.left(page.getLeft());
      }
      found = found.appendAll(page.get().items());
      if (!page.get().hasMore() || page.get().items().isEmpty()) {
        return Either.right(found);
      }
      offset += page.get().items().size();
    }
  }

  private static int print(Desk desk, Seq<RunningTimer> timers, Seq<Employee> staff) {
    Instant now = desk.clock().instant();
    if (desk.json()) {
      JsonOutput.print(
          desk.out(),
          Map.of(
              "items",
              timers
                  .map(timer -> TimerRendering.listed(ownerOf(timer, staff), timer, now))
                  .asJava()));
      return 0;
    }
    Table table = new Table("NUMBER", "NAME", "SINCE", "RUNNING", "ACCOUNT", "COMMENT");
    for (RunningTimer timer : timers) {
      Employee owner = ownerOf(timer, staff);
      table.row(
          owner.number(),
          owner.name(),
          TimerRendering.moment(timer.start(), now),
          Durations.hoursAndMinutes(timer.elapsed(now)),
          timer.details().account().map(AccountId::value).getOrNull(),
          timer.details().comment().map(Note::text).getOrNull());
    }
    if (table.isEmpty()) {
      desk.out().println("No timer is running.");
    } else {
      table.print(desk.out());
    }
    return 0;
  }

  private static Employee ownerOf(RunningTimer timer, Seq<Employee> staff) {
    return staff.find(employee -> employee.id().equals(timer.owner())).get();
  }
}
