package org.worktime.adapters.cli.transfer;

import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
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
import picocli.CommandLine.Parameters;

/**
 * {@code worktime import FILE}: brings in worktime's own JSON or CSV export, or Timewarrior's
 * {@code timew export}. The whole file is read once to check it before anything is written; then
 * each day and timer is imported on its own. Exit 0 when every record was imported or already
 * there, 1 when some were refused (they are listed), 2 when the file cannot be read as its format.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import days and task timers from worktime's JSON or CSV export, or from 'timew export'.",
      "Importing the same file again creates nothing new."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:Every record was imported or was already there.",
      "1:Some records were refused (listed on stderr); the others were imported.",
      "2:The file cannot be read as its format; nothing was imported."
    })
public final class ImportCommand extends DeskCommand {

  /** Refused records listed on stderr; the JSON report and the count hold the rest. */
  static final int LISTED_REFUSALS = 20;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "The file to import; - (or a pipe) reads standard input.")
  private Path file;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "json (worktime's own), csv or timewarrior; default: csv for a .csv file, else json or"
              + " timewarrior as the file's first character ({ or [) says.")
  private String format;

  @Mixin private UserOption user;

  @Option(
      names = "--day-tag",
      paramLabel = "TAG",
      defaultValue = "work",
      description =
          "Timewarrior: the tag that only says 'work'; an interval with no other tag and no"
              + " annotation makes no task timer (default: ${DEFAULT-VALUE}).")
  private String dayTag;

  @Option(names = "--quiet", description = "Print nothing but refusals and errors.")
  private boolean quiet;

  /** The name the messages give the input: the file, or what was copied from a pipe. */
  private String shown;

  public ImportCommand(Workplaces workplaces) {
    super(workplaces);
  }

  @Override
  protected Either<Refusal, Integer> run(Desk desk) {
    if (file.toString().equals("-") || (Files.exists(file) && !Files.isRegularFile(file))) {
      return fromCopy(desk);
    }
    String chosen = format != null ? format.toLowerCase(Locale.ROOT) : detected();
    if (!chosen.equals("json") && !chosen.equals("csv") && !chosen.equals("timewarrior")) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--format must be json, csv or timewarrior, not '" + format + "'");
    }
    if (chosen.equals("timewarrior")) {
      return desk.employee(user.number())
          .map(
              employee ->
                  importAll(desk, chosen, timewarrior(employee), io.vavr.control.Option.none()));
    }
    EntryReader reader = chosen.equals("csv") ? new CsvEntryReader() : new JsonEntryReader();
    return Either.right(importAll(desk, chosen, reader, user.number()));
  }

  /**
   * A pipe can be read only once, and the import reads twice (checking, then importing): the input
   * is first copied, streaming, to a temporary file, which is removed afterwards.
   */
  private Either<Refusal, Integer> fromCopy(Desk desk) {
    Path given = file;
    Path copy = null;
    try {
      copy = Files.createTempFile("worktime-import-", ".tmp");
      try (InputStream in =
          given.toString().equals("-") ? System.in : Files.newInputStream(given)) {
        Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      file = copy;
      shown = given.toString().equals("-") ? "standard input" : given.toString();
      return run(desk);
    } catch (IOException unreadable) {
      desk.err().println("worktime: cannot read " + given + ": " + reason(unreadable));
      return Either.right(2);
    } finally {
      file = given;
      shown = null;
      if (copy != null) {
        try {
          Files.deleteIfExists(copy);
        } catch (IOException leftBehind) {
          desk.err().println("worktime: could not remove " + copy);
        }
      }
    }
  }

  private EntryReader timewarrior(Employee employee) {
    return new TimewarriorReader(employee.number(), employee.homeZone(), dayTag);
  }

  private int importAll(
      Desk desk, String chosen, EntryReader reader, io.vavr.control.Option<Long> only) {
    PrintWriter err = desk.err();
    AtomicLong records = new AtomicLong();
    try {
      reader.read(
          file,
          entry -> {
            if (!(entry instanceof Entry.EmployeeEntry)) {
              records.incrementAndGet();
            }
          });
    } catch (Malformed malformed) {
      err.println("worktime: " + name() + ": " + malformed.getMessage() + "; nothing was imported");
      return 2;
    } catch (IOException unreadable) {
      err.println("worktime: cannot read " + name() + ": " + reason(unreadable));
      return 2;
    }
    ImportTally tally;
    try (Progress progress =
        ProgressBar.forTerminal(err, "importing", records.get(), desk.json(), quiet)) {
      Importer importer = new Importer(desk, only, progress);
      reader.read(file, importer::accept);
      tally = importer.tally();
    } catch (Malformed | IOException changedMeanwhile) {
      err.println(
          "worktime: "
              + name()
              + " changed while it was imported: "
              + changedMeanwhile.getMessage());
      return 2;
    }
    report(desk, chosen, records.get(), tally);
    return tally.refusedCount > 0 ? 1 : 0;
  }

  private void report(Desk desk, String chosen, long records, ImportTally tally) {
    if (desk.json()) {
      JsonOutput.print(desk.out(), tally.json(name(), chosen, records));
    } else if (!quiet) {
      PrintWriter out = desk.out();
      out.println("Imported " + name() + " (" + chosen + ", " + records + " records):");
      out.println(
          "  created:         "
              + tally.daysCreated
              + " days, "
              + tally.timersCreated
              + " timers"
              + (tally.employeesCreated > 0 ? ", " + tally.employeesCreated + " employees" : ""));
      out.println(
          "  already present: " + tally.daysPresent + " days, " + tally.timersPresent + " timers");
      if (tally.leftOut > 0) {
        out.println("  left out:        " + tally.leftOut + " records of other employees (--user)");
      }
      out.println("  refused:         " + tally.refusedCount);
    }
    if (tally.refusedCount > 0) {
      PrintWriter err = desk.err();
      err.println("worktime: " + tally.refusedCount + " of " + records + " records refused:");
      tally.refused.stream()
          .limit(LISTED_REFUSALS)
          .forEach(refused -> err.println("  " + refused.describe()));
      if (tally.refusedCount > LISTED_REFUSALS) {
        err.println("  ... and " + (tally.refusedCount - LISTED_REFUSALS) + " more");
      }
    }
  }

  private String name() {
    return shown != null ? shown : file.toString();
  }

  private String detected() {
    if (file.getFileName() != null
        && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
      return "csv";
    }
    try (InputStream in = Files.newInputStream(file)) {
      int c;
      while ((c = in.read()) != -1) {
        if (c == '[') {
          return "timewarrior";
        }
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != 0xEF && c != 0xBB
            && c != 0xBF) {
          return "json";
        }
      }
    } catch (IOException unreadable) {
      // The first read names the problem.
    }
    return "json";
  }

  private static String reason(IOException unreadable) {
    if (unreadable instanceof NoSuchFileException) {
      return "no such file";
    }
    String message = unreadable.getMessage();
    return message == null ? unreadable.getClass().getSimpleName() : message;
  }
}
