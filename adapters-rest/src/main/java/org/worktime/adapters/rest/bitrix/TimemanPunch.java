package org.worktime.adapters.rest.bitrix;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.validation.constraints.Pattern;
import java.time.ZonedDateTime;
import java.util.Map;
import org.worktime.adapters.rest.http.Coherent;
import org.worktime.adapters.rest.http.NoteText;
import org.worktime.adapters.rest.http.Text;
import org.worktime.adapters.rest.http.Violation;
import org.worktime.domain.ValueError;
import org.worktime.domain.place.GeoPoint;
import org.worktime.domain.text.Note;

/**
 * The input of {@code timeman.open} and {@code timeman.close}: {@code USER_ID?, TIME?, REPORT?,
 * LAT?, LON?}. Numbers may come as JSON numbers or as text (Bitrix's weak typing). {@code LAT} and
 * {@code LON} go together and name a point on Earth: the range is the domain's {@link GeoPoint}
 * rule, asked here.
 */
@Coherent
record TimemanPunch(
    @JsonProperty(Subject.USER_ID)
        @Pattern(regexp = Subject.USER_NUMBER, message = Subject.USER_NUMBER_MESSAGE)
        String userId,
    @Text(value = BitrixTimes.Atom.class, payload = Violation.Time.class) String time,
    @NoteText String report,
    @Pattern(regexp = TimemanPunch.DEGREES, message = TimemanPunch.DEGREES_MESSAGE) String lat,
    @Pattern(regexp = TimemanPunch.DEGREES, message = TimemanPunch.DEGREES_MESSAGE) String lon)
    implements Subject, Coherent.Fields {

  /** Decimal degrees: no exponent, no hex, no NaN; spaces around allowed. */
  static final String DEGREES = "\\s*-?\\d{1,3}(\\.\\d{1,20})?\\s*";

  static final String DEGREES_MESSAGE = "must be a decimal number of degrees";

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
    return lat == null ? Option.none() : point().toOption();
  }

  @Override
  public Map<String, String> incoherent() {
    if (lat == null && lon == null) {
      return Map.of();
    }
    if (lat == null || lon == null) {
      return Map.of(lat == null ? "lat" : "lon", "LAT and LON go together");
    }
    if (!lat.matches(DEGREES) || !lon.matches(DEGREES)) {
      return Map.of();
    }
    return point()
        .fold(
            why ->
                Map.of(
                    why instanceof ValueError.CoordinateOutOfRange out
                            && out.axis().equals("longitude")
                        ? "lon"
                        : "lat",
                    why.describe()),
            inRange -> Map.of());
  }

  private Either<ValueError, GeoPoint> point() {
    return GeoPoint.of(Double.parseDouble(lat.trim()), Double.parseDouble(lon.trim()));
  }
}
