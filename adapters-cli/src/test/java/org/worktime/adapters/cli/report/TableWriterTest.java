package org.worktime.adapters.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.worktime.adapters.cli.Style;
import org.worktime.domain.compliance.Violation;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.employee.Role;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.Id;
import org.worktime.domain.id.PolicyId;
import org.worktime.domain.id.TenantId;

/** What colour adds to a table, and that nothing else changes (the command decides whether). */
class TableWriterTest {

  private static final String BOLD = "\u001b[1m";
  private static final String RED = "\u001b[31m";
  private static final String RESET = "\u001b[0m";

  private final Employee ada =
      new Employee(
          EmployeeId.of(Id.of(UUID.randomUUID())),
          TenantId.of(Id.of(UUID.randomUUID())),
          1,
          "ada@example.org",
          "Ada",
          ZoneId.of("Europe/Berlin"),
          Role.ADMIN,
          PolicyId.of(Id.of(UUID.randomUUID())),
          Option.none());
  private final Violation tooFewBreaks =
      new Violation.BreakTooShort(
          "ArbZG §4 breaks",
          LocalDate.parse("2026-03-11"),
          Duration.ofMinutes(390),
          Duration.ZERO,
          Duration.ofMinutes(30));
  private final Figures day =
      new Figures(
          1, Duration.ofMinutes(390), Duration.ZERO, Duration.ofMinutes(390), Duration.ZERO, 0, 1);

  @Test
  void colourMakesTheHeadingAndTotalsBoldAndTheWarningsRed() {
    String coloured = written(true);

    assertThat(coloured.lines().toList().get(2)).startsWith(BOLD + "No  Name").endsWith(RESET);
    assertThat(coloured).contains("0:00  " + RED + "ArbZG §4 breaks" + RESET);
    assertThat(coloured).contains(BOLD + " 1  Ada   Total").contains(RED + "Warnings:" + RESET);
  }

  @Test
  void withoutColourTheSameTableHasNoEscapes() {
    String plain = written(false);

    assertThat(plain).doesNotContain("\u001b");
    assertThat(plain.replace("\r", ""))
        .isEqualTo(written(true).replace("\r", "").replaceAll("\u001b\\[[0-9;]*m", ""));
  }

  private String written(boolean colour) {
    StringWriter text = new StringWriter();
    ReportHeading heading =
        new ReportHeading(
            new ReportScope(
                LocalDate.parse("2026-03-09"), LocalDate.parse("2026-03-15"), PeriodUnit.DAY),
            Rounding.none(),
            Duration.ofHours(8),
            Duration.ofHours(40),
            List.of(ada),
            false);
    ReportWriter writer =
        new TableWriter(
            new PrintWriter(text),
            heading,
            colour ? Style.of(true, java.util.Map.of(), false) : Style.plain());
    writer.employee(
        new EmployeeReport(
            ada, List.of(new PeriodRow("2026-03-11", day, List.of(tooFewBreaks))), day));
    writer.finish(day);
    return text.toString();
  }
}
