package org.worktime.application.workday;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.ZonedDateTime;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.place.Origin;
import org.worktime.domain.text.Note;

/**
 * Records a finished day at once, its start and end given by hand (Staffomatic {@code POST
 * /work_timers.json} with {@code starts_at} and {@code ends_at}): the rules of a manual open and a
 * manual close, on any past date. The start's zone becomes the day's zone; the report, where the
 * policy needs one, explains both times.
 */
public interface RecordWorkdayUseCase {

  Either<Refusal, WorkdayView> record(Command command);

  record Command(
      Request request,
      EmployeeId employee,
      ZonedDateTime start,
      ZonedDateTime end,
      Origin origin,
      Option<Note> report) {}
}
