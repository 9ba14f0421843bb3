package org.worktime.adapters.cli.report;

import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.worktime.adapters.cli.CliTestSupport;
import org.worktime.application.Actor;
import org.worktime.application.Channel;
import org.worktime.application.Engine;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.application.employee.ManageEmployeesUseCase.NewEmployee;
import org.worktime.application.workday.AddBreakUseCase;
import org.worktime.application.workday.CloseWorkdayUseCase;
import org.worktime.application.workday.DayRef;
import org.worktime.application.workday.OpenWorkdayUseCase;
import org.worktime.application.workday.WorkdayView;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.employee.Role;
import org.worktime.domain.place.Origin;
import org.worktime.domain.place.SourceType;
import org.worktime.domain.time.Interval;
import org.worktime.domain.workday.Closing;
import org.worktime.domain.workday.Timing;

/**
 * Days recorded through the engine as a terminal records them: each punch at its own local time in
 * the employee's home zone (a {@link Timing.Recorded}), by the company's administrator; breaks are
 * added to the finished day with their ends.
 */
final class Seeds {

  private static final Origin TERMINAL = Origin.of(SourceType.TERMINAL);

  private final Engine engine;
  private final Request admin;

  Seeds(CliTestSupport cli, Actor admin) {
    this.engine = cli.workplaces().engine;
    this.admin = Request.of(admin, Channel.CLI);
  }

  Employee hire(String name, ZoneId zone) {
    String email = "e" + System.nanoTime() + "@example.org";
    return engine
        .employees()
        .add(admin, new NewEmployee(Option.none(), email, name, zone, Role.EMPLOYEE, Option.none()))
        .getOrElseThrow(Seeds::refused);
  }

  Employee operator() {
    return engine.employees().byNumber(admin, 1).getOrElseThrow(Seeds::refused);
  }

  /**
   * A finished day from {@code start} to {@code end}, local times like {@code 2026-03-09T08:00},
   * with breaks given as {@code start/end} pairs of local times.
   */
  void day(Employee who, String start, String end, String... breaks) {
    open(who, start);
    // Closed with its recorded end, then the breaks added, as a terminal syncing late does: the
    // engine's clock stands after the day, so the day has expired for live punches.
    WorkdayView closed =
        engine
            .closeWorkday()
            .close(
                new CloseWorkdayUseCase.Command(
                    admin,
                    new DayRef.LatestOf(who.id()),
                    new Closing(at(who, end), TERMINAL, Option.none())))
            .getOrElseThrow(Seeds::refused);
    for (String pause : breaks) {
      String[] ends = pause.split("/");
      engine
          .addBreak()
          .addBreak(
              new AddBreakUseCase.Command(
                  admin,
                  closed.workday().id(),
                  new Interval(instant(who, ends[0]), instant(who, ends[1])),
                  TERMINAL))
          .getOrElseThrow(Seeds::refused);
    }
  }

  /** A day opened at {@code start} and not closed. */
  void open(Employee who, String start) {
    engine
        .openWorkday()
        .open(
            new OpenWorkdayUseCase.Command(
                admin, who.id(), at(who, start), TERMINAL, Option.none()))
        .getOrElseThrow(Seeds::refused);
  }

  private static IllegalStateException refused(Refusal refusal) {
    return new IllegalStateException("the engine refused a seed: " + refusal.describe());
  }

  private static Timing at(Employee who, String local) {
    return new Timing.Recorded(LocalDateTime.parse(local).atZone(who.homeZone()));
  }

  private static Instant instant(Employee who, String local) {
    return LocalDateTime.parse(local).atZone(who.homeZone()).toInstant();
  }
}
