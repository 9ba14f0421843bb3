package org.worktime.adapters.cli.transfer;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.worktime.adapters.cli.Desk;
import org.worktime.adapters.cli.Progress;
import org.worktime.application.Refusal;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.text.Note;
import org.worktime.domain.time.Punch;
import org.worktime.domain.timer.AccountId;
import org.worktime.domain.timer.ExternalId;
import org.worktime.domain.timer.StoppedTimer;
import org.worktime.domain.timer.TaskTimer;
import org.worktime.domain.workday.Workday;

/**
 * Streams employees' days and timers of a period from the engine into an {@link EntryWriter}, one
 * at a time, so that a long history is never held in memory.
 */
final class Exporter {

  /** What was written. */
  record Exported(int employees, long days, long timers) {}

  private final Desk desk;
  private final Progress progress;

  Exporter(Desk desk, Progress progress) {
    this.desk = desk;
    this.progress = progress;
  }

  Either<Refusal, Exported> export(
      Seq<Employee> employees, LocalDate from, LocalDate to, EntryWriter writer)
      throws IOException {
    long days = 0;
    long timers = 0;
    try {
      for (Employee employee : employees) {
        writer.employee(entry(employee));
        Either<Refusal, Long> dayCount =
            desk.engine()
                .workdaysInPeriod()
                .forEachDay(
                    desk.request(),
                    Option.some(employee.id()),
                    from,
                    to,
                    day -> write(() -> writer.day(entry(employee.number(), day))));
        if (dayCount.isLeft()) {
          return Either.left(dayCount.getLeft());
        }
        Either<Refusal, Long> timerCount =
            desk.engine()
                .timersInPeriod()
                .forEachTimer(
                    desk.request(),
                    Option.some(employee.id()),
                    from,
                    to,
                    timer -> write(() -> writer.timer(entry(employee.number(), timer))));
        if (timerCount.isLeft()) {
          return Either.left(timerCount.getLeft());
        }
        days += dayCount.get();
        timers += timerCount.get();
      }
    } catch (UncheckedIOException failed) {
      throw failed.getCause();
    }
    return Either.right(new Exported(employees.size(), days, timers));
  }

  private interface Write {
    void run() throws IOException;
  }

  private void write(Write write) {
    try {
      write.run();
      progress.advance();
    } catch (IOException failed) {
      // The stores' streaming takes a plain consumer; the export unwraps it again above.
      throw new UncheckedIOException(failed);
    }
  }

  static Entry.EmployeeEntry entry(Employee employee) {
    return new Entry.EmployeeEntry(
        employee.number(),
        Option.some(employee.name()),
        Option.some(employee.email()),
        Option.some(lower(employee.role().name())),
        Option.some(employee.homeZone()),
        "");
  }

  static Entry.DayEntry entry(long employee, Workday day) {
    ZoneId zone = day.zone();
    var breaks =
        day.breaks()
            .map(
                done ->
                    new Entry.BreakEntry(
                        Times.at(done.start().at(), zone),
                        Option.some(Times.at(done.end().at(), zone))))
            .appendAll(
                day.runningBreak()
                    .map(
                        running ->
                            new Entry.BreakEntry(
                                Times.at(running.start().at(), zone), Option.none())))
            .toList();
    return new Entry.DayEntry(
        employee,
        zone,
        Times.at(day.start().at(), zone),
        day.end().map(end -> Times.at(end.at(), zone)),
        breaks,
        lower(day.start().origin().source().name()),
        lower(day.approval().name()),
        day.start().note().map(Note::text),
        day.end().flatMap(Punch::note).map(Note::text),
        "");
  }

  static Entry.TimerEntry entry(long owner, TaskTimer timer) {
    ZoneId zone = timer.start().zone();
    return new Entry.TimerEntry(
        owner,
        zone,
        Times.at(timer.start().at(), zone),
        timer instanceof StoppedTimer stopped
            ? Option.some(Times.at(stopped.end().at(), zone))
            : Option.none(),
        lower(timer.start().origin().source().name()),
        timer.details().account().map(AccountId::value),
        timer.details().name().map(Note::text),
        timer.details().externalId().map(ExternalId::value),
        timer.details().comment().map(Note::text),
        "");
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
