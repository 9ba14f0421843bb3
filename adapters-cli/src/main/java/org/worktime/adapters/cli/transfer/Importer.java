package org.worktime.adapters.cli.transfer;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import org.worktime.adapters.cli.Desk;
import org.worktime.adapters.cli.Progress;
import org.worktime.application.IdempotencyKey;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.application.employee.ManageEmployeesUseCase.NewEmployee;
import org.worktime.application.transfer.ImportUseCase;
import org.worktime.domain.ValueError;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.employee.Role;
import org.worktime.domain.place.Origin;
import org.worktime.domain.place.SourceType;
import org.worktime.domain.text.Note;
import org.worktime.domain.time.Interval;
import org.worktime.domain.time.Punch;
import org.worktime.domain.timer.AccountId;
import org.worktime.domain.timer.ExternalId;
import org.worktime.domain.timer.RecordedTimer;
import org.worktime.domain.timer.TimerDetails;
import org.worktime.domain.workday.Approval;
import org.worktime.domain.workday.RecordedWorkday;

/**
 * Turns a file's entries into the engine's import commands, one record at a time, and tallies what
 * became of each. An employee is found by number, or created when the file says who it is (name,
 * email, zone) and the store has no one with that number. Each record carries an idempotency key, a
 * hash of its content, so that importing the same file again creates nothing.
 */
final class Importer {

  private final Desk desk;
  private final Option<Long> only;
  private final Progress progress;
  private final ImportTally tally = new ImportTally();
  private final Map<Long, Either<String, Employee>> employees = new HashMap<>();

  /**
   * @param only the one employee whose records are imported; none for everyone in the file
   */
  Importer(Desk desk, Option<Long> only, Progress progress) {
    this.desk = desk;
    this.only = only;
    this.progress = progress;
  }

  ImportTally tally() {
    return tally;
  }

  void accept(Entry entry) {
    if (entry instanceof Entry.EmployeeEntry employee) {
      if (selected(employee.number())) {
        employees.computeIfAbsent(employee.number(), number -> resolve(employee));
      }
      return;
    }
    try {
      if (entry instanceof Entry.DayEntry day) {
        day(day);
      } else {
        timer((Entry.TimerEntry) entry);
      }
    } finally {
      progress.advance();
    }
  }

  private boolean selected(long number) {
    return only.forAll(wanted -> wanted == number);
  }

  private Either<String, Employee> resolve(Entry.EmployeeEntry entry) {
    Either<Refusal, Employee> found =
        desk.engine().employees().byNumber(desk.request(), entry.number());
    if (found.isRight()) {
      return Either.right(found.get());
    }
    if (entry.name().isEmpty() || entry.email().isEmpty() || entry.zone().isEmpty()) {
      return Either.left(found.getLeft().describe());
    }
    Role role =
        entry
            .role()
            .map(name -> Role.valueOf(name.toUpperCase(Locale.ROOT)))
            .getOrElse(Role.EMPLOYEE);
    Either<Refusal, Employee> created =
        desk.engine()
            .employees()
            .add(
                desk.request(),
                new NewEmployee(
                    Option.some(entry.number()),
                    entry.email().get(),
                    entry.name().get(),
                    entry.zone().get(),
                    role,
                    Option.none()));
    created.forEach(ok -> tally.employeesCreated++);
    return created.mapLeft(
        refusal -> "cannot add employee " + entry.number() + ": " + refusal.describe());
  }

  private Either<String, Employee> employee(long number) {
    return employees.computeIfAbsent(
        number,
        n -> desk.engine().employees().byNumber(desk.request(), n).mapLeft(Refusal::describe));
  }

  private void day(Entry.DayEntry day) {
    if (!selected(day.employee())) {
      tally.leftOut++;
      return;
    }
    String what = "day " + day.start().toLocalDate() + " of employee " + day.employee();
    Either<String, ImportUseCase.Imported> outcome =
        employee(day.employee())
            .flatMap(
                employee ->
                    recorded(day)
                        .flatMap(
                            record ->
                                desk.engine()
                                    .imports()
                                    .importDay(
                                        new ImportUseCase.DayCommand(
                                            keyed(day), employee.id(), record))
                                    .mapLeft(Refusal::describe)));
    outcome.fold(
        reason -> {
          tally.refuse(day.position(), what, reason);
          return null;
        },
        imported -> {
          if (imported == ImportUseCase.Imported.CREATED) {
            tally.daysCreated++;
          } else {
            tally.daysPresent++;
          }
          return null;
        });
  }

  private void timer(Entry.TimerEntry timer) {
    if (!selected(timer.owner())) {
      tally.leftOut++;
      return;
    }
    String what = "timer " + timer.start().toLocalDateTime() + " of employee " + timer.owner();
    Either<String, ImportUseCase.Imported> outcome =
        employee(timer.owner())
            .flatMap(
                owner ->
                    recorded(timer)
                        .flatMap(
                            record ->
                                desk.engine()
                                    .imports()
                                    .importTimer(
                                        new ImportUseCase.TimerCommand(
                                            keyed(timer), owner.id(), record))
                                    .mapLeft(Refusal::describe)));
    outcome.fold(
        reason -> {
          tally.refuse(timer.position(), what, reason);
          return null;
        },
        imported -> {
          if (imported == ImportUseCase.Imported.CREATED) {
            tally.timersCreated++;
          } else {
            tally.timersPresent++;
          }
          return null;
        });
  }

  /** The day as the engine records it, or why the file's day is not a possible one. */
  static Either<String, RecordedWorkday> recorded(Entry.DayEntry day) {
    ZoneId zone = day.zone();
    Origin origin = Origin.of(SourceType.valueOf(day.source().toUpperCase(Locale.ROOT)));
    List<Interval> finished = List.empty();
    Option<Punch> running = Option.none();
    for (int i = 0; i < day.breaks().size(); i++) {
      Entry.BreakEntry pause = day.breaks().get(i);
      if (pause.end().isEmpty()) {
        if (i != day.breaks().size() - 1 || day.end().isDefined()) {
          return Either.left(
              "a break without an end must be the last one of a day that still runs");
        }
        running = Option.some(Punch.live(pause.start().toInstant(), zone, origin));
      } else if (pause.end().get().toInstant().isBefore(pause.start().toInstant())) {
        return Either.left("a break ends before it starts");
      } else {
        finished =
            finished.append(new Interval(pause.start().toInstant(), pause.end().get().toInstant()));
      }
    }
    Either<String, Option<Note>> note = note(day.note());
    Either<String, Option<Note>> endNote = note(day.endNote());
    if (note.isLeft() || endNote.isLeft()) {
      return Either.left(note.isLeft() ? note.getLeft() : endNote.getLeft());
    }
    Punch start = Punch.live(day.start().toInstant(), zone, origin).withNote(note.get());
    Option<Punch> end =
        day.end().map(at -> Punch.live(at.toInstant(), zone, origin).withNote(endNote.get()));
    return Either.right(
        new RecordedWorkday(
            start,
            finished,
            running,
            end,
            Approval.valueOf(day.approval().toUpperCase(Locale.ROOT))));
  }

  /** The timer as the engine records it, or which of its texts cannot be kept. */
  static Either<String, RecordedTimer> recorded(Entry.TimerEntry timer) {
    Origin origin = Origin.of(SourceType.valueOf(timer.source().toUpperCase(Locale.ROOT)));
    TimerDetails details = TimerDetails.none();
    if (timer.account().isDefined()) {
      Either<ValueError, AccountId> account = AccountId.of(timer.account().get());
      if (account.isLeft()) {
        return Either.left("account: " + account.getLeft().describe());
      }
      details = details.withAccount(account.get());
    }
    if (timer.externalId().isDefined()) {
      Either<ValueError, ExternalId> external = ExternalId.of(timer.externalId().get());
      if (external.isLeft()) {
        return Either.left("external_id: " + external.getLeft().describe());
      }
      details = details.withExternalId(external.get());
    }
    Either<String, Option<Note>> name = note(timer.name());
    Either<String, Option<Note>> comment = note(timer.comment());
    if (name.isLeft() || comment.isLeft()) {
      return Either.left(name.isLeft() ? name.getLeft() : comment.getLeft());
    }
    for (Note given : name.get()) {
      details = details.withName(given);
    }
    for (Note given : comment.get()) {
      details = details.withComment(given);
    }
    return Either.right(
        new RecordedTimer(
            details,
            Punch.live(timer.start().toInstant(), timer.zone(), origin),
            timer.end().map(at -> Punch.live(at.toInstant(), timer.zone(), origin))));
  }

  private static Either<String, Option<Note>> note(Option<String> text) {
    if (text.isEmpty()) {
      return Either.right(Option.none());
    }
    return Note.of(text.get()).map(Option::some).mapLeft(ValueError::describe);
  }

  /** The operator's request, keyed by the record's content: the same record gets the same key. */
  private Request keyed(Entry entry) {
    String content =
        entry instanceof Entry.DayEntry day
            ? "day " + withoutPosition(day)
            : "timer " + withoutPosition((Entry.TimerEntry) entry);
    return desk.request().withIdempotencyKey(new IdempotencyKey("import:" + sha256(content)));
  }

  private static String withoutPosition(Entry.DayEntry day) {
    return new Entry.DayEntry(
            day.employee(),
            day.zone(),
            day.start(),
            day.end(),
            day.breaks(),
            day.source(),
            day.approval(),
            day.note(),
            day.endNote(),
            "")
        .toString();
  }

  private static String withoutPosition(Entry.TimerEntry timer) {
    return new Entry.TimerEntry(
            timer.owner(),
            timer.zone(),
            timer.start(),
            timer.end(),
            timer.source(),
            timer.account(),
            timer.name(),
            timer.externalId(),
            timer.comment(),
            "")
        .toString();
  }

  private static String sha256(String content) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      // Every Java has SHA-256.
      throw new IllegalStateException(impossible);
    }
  }
}
