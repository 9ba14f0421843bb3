package org.worktime.adapters.cli.day;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.worktime.adapters.cli.Desk;
import org.worktime.adapters.cli.DeskCommand;
import org.worktime.adapters.cli.Durations;
import org.worktime.adapters.cli.JsonOutput;
import org.worktime.adapters.cli.UserOption;
import org.worktime.adapters.cli.store.Workplaces;
import org.worktime.application.Refusal;
import org.worktime.application.workday.WorkdayView;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.time.Punch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code worktime status}: the employee's current or latest day, as of now. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = "Show an employee's current or latest workday, as of now.")
public final class StatusCommand extends DeskCommand {

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Mixin private UserOption user;

  public StatusCommand(Workplaces workplaces) {
    super(workplaces);
  }

  @Override
  protected Either<Refusal, Integer> run(Desk desk) {
    return desk.employee(user.number())
        .flatMap(
            employee ->
                desk.engine()
                    .workdayStatus()
                    .statusOf(desk.request(), employee.id())
                    .map(day -> print(desk, employee, day)));
  }

  private static int print(Desk desk, Employee employee, Option<WorkdayView> day) {
    if (desk.json()) {
      JsonOutput.print(desk.out(), json(employee, day));
    } else {
      desk.out().println(text(employee, day));
    }
    return 0;
  }

  private static String text(Employee employee, Option<WorkdayView> found) {
    String who = employee.name() + " (number " + employee.number() + ")";
    if (found.isEmpty()) {
      return who + ": no workday yet";
    }
    WorkdayView day = found.get();
    return who
        + ": "
        + day.status()
        + ", started "
        + local(day.workday().start())
        + day.workday().end().map(end -> ", ended " + local(end)).getOrElse("")
        + "; worked "
        + Durations.hoursAndMinutes(day.elapsed())
        + ", breaks "
        + Durations.hoursAndMinutes(day.breakTime())
        + ", net "
        + Durations.hoursAndMinutes(day.netWorked());
  }

  private static String local(Punch punch) {
    return LOCAL.format(punch.at().atZone(punch.zone())) + " " + punch.zone().getId();
  }

  private static Map<String, Object> json(Employee employee, Option<WorkdayView> found) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("employee", employee.number());
    fields.put("name", employee.name());
    fields.put("status", found.map(day -> day.status().name()).getOrNull());
    found.forEach(
        day -> {
          fields.put("workday", day.workday().id().toString());
          fields.put(
              "start",
              day.workday()
                  .start()
                  .at()
                  .atZone(day.workday().zone())
                  .toOffsetDateTime()
                  .toString());
          fields.put(
              "end",
              day.workday()
                  .end()
                  .map(end -> end.at().atZone(end.zone()).toOffsetDateTime().toString())
                  .getOrNull());
          fields.put("zone", day.workday().zone().getId());
          fields.put("elapsed_seconds", day.elapsed().toSeconds());
          fields.put("break_seconds", day.breakTime().toSeconds());
          fields.put("net_seconds", day.netWorked().toSeconds());
        });
    return fields;
  }
}
