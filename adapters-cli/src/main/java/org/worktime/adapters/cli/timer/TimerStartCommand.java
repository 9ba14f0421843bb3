package org.worktime.adapters.cli.timer;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import org.worktime.adapters.cli.Desk;
import org.worktime.adapters.cli.DeskCommand;
import org.worktime.adapters.cli.GivenNote;
import org.worktime.adapters.cli.GivenTime;
import org.worktime.adapters.cli.JsonOutput;
import org.worktime.adapters.cli.UserOption;
import org.worktime.adapters.cli.store.Workplaces;
import org.worktime.application.Refusal;
import org.worktime.application.timer.StartTimerUseCase;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.place.Origin;
import org.worktime.domain.place.SourceType;
import org.worktime.domain.text.Note;
import org.worktime.domain.timer.AccountId;
import org.worktime.domain.timer.RunningTimer;
import org.worktime.domain.timer.TimerDetails;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code worktime timer start}: a task timer for an employee, booked to an account with a comment.
 * A timer already running for them stops where the new one starts, and the line says so.
 */
@Command(
    name = "start",
    mixinStandardHelpOptions = true,
    description = "Start a task timer (one that is running stops where this one starts).")
final class TimerStartCommand extends DeskCommand {

  @Mixin private UserOption user;

  @picocli.CommandLine.Option(
      names = "--account",
      paramLabel = "ACCOUNT",
      converter = Account.class,
      description = "The account (customer) to book to, as your CRM names it.")
  private AccountId account;

  @picocli.CommandLine.Option(
      names = "--comment",
      paramLabel = "TEXT",
      converter = GivenNote.class,
      description = "What the time is for, any text.")
  private Note comment;

  @picocli.CommandLine.Option(
      names = "--at",
      paramLabel = "TIME",
      converter = GivenTime.Converter.class,
      description = "When it started, if not now: " + GivenTime.FORMS + ".")
  private GivenTime at;

  TimerStartCommand(Workplaces workplaces) {
    super(workplaces);
  }

  @Override
  protected Either<Refusal, Integer> run(Desk desk) {
    TimerDetails details = TimerDetails.none();
    if (account != null) {
      details = details.withAccount(account);
    }
    if (comment != null) {
      details = details.withComment(comment);
    }
    TimerDetails about = details;
    return desk.employee(user.number())
        .flatMap(
            owner ->
                startTime(owner, desk)
                    .flatMap(
                        start ->
                            Timers.runningOf(desk, owner)
                                .flatMap(
                                    before ->
                                        desk.engine()
                                            .startTimer()
                                            .start(
                                                new StartTimerUseCase.Command(
                                                    desk.request(),
                                                    owner.id(),
                                                    about,
                                                    start,
                                                    Origin.of(SourceType.CLI)))
                                            .map(started -> print(desk, owner, before, started)))));
  }

  private Either<Refusal, Option<Instant>> startTime(Employee owner, Desk desk) {
    return at == null
        ? Either.right(Option.none())
        : at.in(owner.homeZone(), desk.clock()).map(zoned -> Option.some(zoned.toInstant()));
  }

  private static int print(
      Desk desk, Employee owner, Option<RunningTimer> before, RunningTimer started) {
    Instant now = desk.clock().instant();
    if (desk.json()) {
      var fields = TimerRendering.json("started", owner, started);
      fields.put("stopped", before.map(previous -> previous.id().value().toString()).getOrNull());
      JsonOutput.print(desk.out(), fields);
    } else {
      desk.out()
          .println(
              "Started "
                  + owner.name()
                  + "'s timer at "
                  + TimerRendering.moment(started.start(), now)
                  + TimerRendering.about(started.details())
                  + before
                      .map(
                          previous ->
                              "; stopped the one running since "
                                  + TimerRendering.moment(previous.start(), now))
                      .getOrElse(""));
    }
    return 0;
  }

  /** An account as TheBase's {@code account_id} takes it: opaque, no control characters. */
  static final class Account implements ITypeConverter<AccountId> {
    @Override
    public AccountId convert(String text) {
      return AccountId.of(text).getOrElseThrow(why -> new TypeConversionException(why.describe()));
    }
  }
}
