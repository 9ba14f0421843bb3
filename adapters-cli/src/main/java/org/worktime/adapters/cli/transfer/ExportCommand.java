package org.worktime.adapters.cli.transfer;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.worktime.adapters.cli.Desk;
import org.worktime.adapters.cli.DeskCommand;
import org.worktime.adapters.cli.JsonOutput;
import org.worktime.adapters.cli.Progress;
import org.worktime.adapters.cli.ProgressBar;
import org.worktime.adapters.cli.UserOption;
import org.worktime.adapters.cli.store.Workplaces;
import org.worktime.application.Refusal;
import org.worktime.domain.employee.Employee;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code worktime export}: employees' days (with breaks) and task timers of a period, as worktime's
 * JSON document or as CSV, to stdout or to a file (written whole or not at all).
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export days, breaks and task timers as worktime's JSON document or as CSV.",
      "'worktime import' reads both back."
    })
public final class ExportCommand extends DeskCommand {

  /** Before any day worktime can hold: the default start of the period. */
  static final LocalDate BEGINNING = LocalDate.of(1970, 1, 1);

  @Option(
      names = "--from",
      paramLabel = "DATE",
      description = "First local date (YYYY-MM-DD) of days and timers to export (default: all).")
  private LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      description = "Last local date to export, included (default: today).")
  private LocalDate to;

  @Mixin private UserOption user;

  @Option(names = "--all", description = "Every employee of the company.")
  private boolean all;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "json or csv (default: csv for an --output ending in .csv, else json).")
  private String format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to this file instead of stdout.")
  private Path output;

  @Option(names = "--quiet", description = "Print no summary and no progress.")
  private boolean quiet;

  public ExportCommand(Workplaces workplaces) {
    super(workplaces);
  }

  @Override
  protected Either<Refusal, Integer> run(Desk desk) {
    String chosen = chosenFormat();
    if (all && user.number().isDefined()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--user and --all exclude each other");
    }
    LocalDate first = from != null ? from : BEGINNING;
    LocalDate last = to != null ? to : LocalDate.ofInstant(desk.clock().instant(), ZoneOffset.MAX);
    if (last.isBefore(first)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--to " + last + " is before --from " + first);
    }
    Either<Refusal, Seq<Employee>> employees =
        all
            ? desk.engine()
                .employees()
                .list(desk.request())
                .map(list -> list.sortBy(Employee::number))
            : desk.employee(user.number()).map(io.vavr.collection.List::of);
    return employees.flatMap(chosenEmployees -> write(desk, chosen, chosenEmployees, first, last));
  }

  private Either<Refusal, Integer> write(
      Desk desk, String chosen, Seq<Employee> employees, LocalDate first, LocalDate last) {
    PrintWriter err = desk.err();
    Path temporary = null;
    try (Progress progress = ProgressBar.forTerminal(err, "exporting", -1, desk.json(), quiet)) {
      Writer target;
      if (output != null) {
        Path directory = output.toAbsolutePath().getParent();
        temporary = Files.createTempFile(directory, ".worktime-export-", ".tmp");
        target =
            new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(temporary), StandardCharsets.UTF_8));
      } else {
        target = desk.out();
      }
      Either<Refusal, Exporter.Exported> exported;
      try (EntryWriter writer =
          chosen.equals("csv")
              ? new CsvEntryWriter(target)
              : new JsonEntryWriter(
                  target, io.vavr.control.Option.of(from), io.vavr.control.Option.of(to))) {
        exported = new Exporter(desk, progress).export(employees, first, last, writer);
      }
      if (output != null) {
        target.close();
        if (exported.isRight()) {
          Files.move(
              temporary,
              output,
              StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.ATOMIC_MOVE);
          temporary = null;
        }
      }
      return exported.map(done -> summary(desk, chosen, done));
    } catch (IOException failed) {
      err.println(
          "worktime: cannot write "
              + (output != null ? output.toString() : "the export")
              + ": "
              + failed.getMessage());
      return Either.right(1);
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException leftBehind) {
          err.println("worktime: could not remove " + temporary);
        }
      }
    }
  }

  /** Said only when the document went to a file: on stdout it would spoil the document. */
  private int summary(Desk desk, String chosen, Exporter.Exported done) {
    if (output == null || quiet) {
      return 0;
    }
    if (desk.json()) {
      Map<String, Object> fields = new LinkedHashMap<>();
      fields.put("file", output.toString());
      fields.put("format", chosen);
      fields.put("employees", done.employees());
      fields.put("days", done.days());
      fields.put("timers", done.timers());
      JsonOutput.print(desk.out(), fields);
    } else {
      desk.out()
          .println(
              "Exported "
                  + done.days()
                  + " days and "
                  + done.timers()
                  + " timers of "
                  + done.employees()
                  + (done.employees() == 1 ? " employee" : " employees")
                  + " to "
                  + output
                  + " ("
                  + chosen
                  + ")");
    }
    return 0;
  }

  private String chosenFormat() {
    String chosen =
        format != null
            ? format.toLowerCase(Locale.ROOT)
            : output != null
                    && output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")
                ? "csv"
                : "json";
    if (!chosen.equals("json") && !chosen.equals("csv")) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--format must be json or csv, not '" + format + "'");
    }
    return chosen;
  }
}
