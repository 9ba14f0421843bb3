package org.worktime.adapters.rest.bitrix;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.validation.constraints.Pattern;
import java.time.ZonedDateTime;
import org.worktime.adapters.rest.http.NoteText;
import org.worktime.domain.ValueError;
import org.worktime.domain.place.GeoPoint;
import org.worktime.domain.text.Note;

/**
 * The input of {@code timeman.open} and {@code timeman.close}: {@code USER_ID?, TIME?, REPORT?,
 * LAT?, LON?}. Numbers may come as JSON numbers or as text (Bitrix's weak typing); the position's
 * range is the domain's {@link GeoPoint} rule, asked by {@link Position}.
 */
@Position
record TimemanPunch(
    @JsonProperty(Subject.USER_ID)
        @Pattern(regexp = Subject.USER_NUMBER, message = Subject.USER_NUMBER_MESSAGE)
        String userId,
    @AtomTime String time,
    @NoteText String report,
    @Pattern(regexp = Position.DEGREES, message = Position.DEGREES_MESSAGE) String lat,
    @Pattern(regexp = Position.DEGREES, message = Position.DEGREES_MESSAGE) String lon)
    implements Subject {

  /** {@code TIME}, a manual time: its offset is the day's zone. */
  Option<ZonedDateTime> manualTime() {
    return Option.of(time).flatMap(text -> BitrixTimes.parseAtom(text.trim()));
  }

  /** {@code REPORT}: the reason for a manual time, and the command's note. */
  Option<Note> reportNote() {
    return Option.of(report).map(Note::new);
  }

  /** {@code LAT} and {@code LON}, given together or not at all. */
  Option<GeoPoint> position() {
    return lat == null ? Option.none() : point(lat, lon).toOption();
  }

  /** The point, from two texts of the {@link Position#DEGREES} form. */
  static Either<ValueError, GeoPoint> point(String lat, String lon) {
    return GeoPoint.of(Double.parseDouble(lat.trim()), Double.parseDouble(lon.trim()));
  }
}
