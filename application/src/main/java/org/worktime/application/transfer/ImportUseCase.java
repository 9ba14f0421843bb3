package org.worktime.application.transfer;

import io.vavr.control.Either;
import java.util.Objects;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.timer.RecordedTimer;
import org.worktime.domain.workday.RecordedWorkday;

/**
 * Brings in records made elsewhere (another tool's export, a backup of this store): each whole day
 * or timer at once, in one transaction, so that a refused record leaves nothing behind.
 *
 * <p>Importing is idempotent. A request with an idempotency key seen before answers {@link
 * Imported#ALREADY_PRESENT}; so does a record whose times the store already holds for that person
 * (a day with the same start, end and breaks; a timer with the same start, end and details). A
 * record that shares time with another of the person's days or timers is refused as overlapping.
 */
public interface ImportUseCase {

  Either<Refusal, Imported> importDay(DayCommand command);

  Either<Refusal, Imported> importTimer(TimerCommand command);

  /** What became of a record that was not refused. */
  enum Imported {
    CREATED,
    ALREADY_PRESENT
  }

  record DayCommand(Request request, EmployeeId employee, RecordedWorkday day) {
    public DayCommand {
      Objects.requireNonNull(request, "request");
      Objects.requireNonNull(employee, "employee");
      Objects.requireNonNull(day, "day");
    }
  }

  record TimerCommand(Request request, EmployeeId owner, RecordedTimer timer) {
    public TimerCommand {
      Objects.requireNonNull(request, "request");
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(timer, "timer");
    }
  }
}
