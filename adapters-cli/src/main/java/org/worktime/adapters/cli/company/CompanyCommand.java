package org.worktime.adapters.cli.company;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.LinkedHashMap;
import java.util.Map;
import org.worktime.adapters.cli.Desk;
import org.worktime.adapters.cli.DeskCommand;
import org.worktime.adapters.cli.JsonOutput;
import org.worktime.adapters.cli.store.Workplaces;
import org.worktime.application.Refusal;
import org.worktime.domain.employee.CompanySlug;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code worktime company}: the company's account name (slug), which Staffomatic clients put in
 * their paths ({@code /v3/<slug>/work_timers.json}).
 */
@Command(
    name = "company",
    mixinStandardHelpOptions = true,
    description = "Show or set the company's account name (Staffomatic's /v3/<account>/).",
    synopsisSubcommandLabel = "(show | slug)")
public final class CompanyCommand {

  private CompanyCommand() {}

  public static CommandLine commandLine(Workplaces workplaces) {
    return new CommandLine(new CompanyCommand())
        .addSubcommand(new Show(workplaces))
        .addSubcommand(new SetSlug(workplaces));
  }

  static Map<String, Object> json(Option<CompanySlug> slug) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("slug", slug.map(CompanySlug::value).getOrNull());
    return fields;
  }

  static String line(Option<CompanySlug> slug) {
    return slug.map(s -> "Account name: " + s + " (Staffomatic paths /v3/" + s + "/...)")
        .getOrElse("No account name yet; set one with 'worktime company slug NAME'.");
  }

  @Command(name = "show", mixinStandardHelpOptions = true, description = "Show the account name.")
  static final class Show extends DeskCommand {

    Show(Workplaces workplaces) {
      super(workplaces);
    }

    @Override
    protected Either<Refusal, Integer> run(Desk desk) {
      return desk.engine()
          .companyAccount()
          .slug(desk.request())
          .map(
              slug -> {
                if (desk.json()) {
                  JsonOutput.print(desk.out(), json(slug));
                } else {
                  desk.out().println(line(slug));
                }
                return 0;
              });
    }
  }

  @Command(name = "slug", mixinStandardHelpOptions = true, description = "Set the account name.")
  static final class SetSlug extends DeskCommand {

    @Parameters(
        paramLabel = "NAME",
        converter = GivenSlug.class,
        description = "1 to 63 letters, digits and hyphens, e.g. acme-berlin (kept in lower case).")
    private CompanySlug slug;

    SetSlug(Workplaces workplaces) {
      super(workplaces);
    }

    @Override
    protected Either<Refusal, Integer> run(Desk desk) {
      return desk.engine()
          .companyAccount()
          .setSlug(desk.request(), slug)
          .map(
              set -> {
                if (desk.json()) {
                  JsonOutput.print(desk.out(), json(Option.some(set)));
                } else {
                  desk.out().println(line(Option.some(set)));
                }
                return 0;
              });
    }
  }

  /** Reads an account name; another form is a usage error that says what the form is. */
  public static final class GivenSlug implements ITypeConverter<CompanySlug> {
    @Override
    public CompanySlug convert(String text) {
      return CompanySlug.of(text)
          .getOrElseThrow(invalid -> new TypeConversionException(invalid.describe()));
    }
  }
}
