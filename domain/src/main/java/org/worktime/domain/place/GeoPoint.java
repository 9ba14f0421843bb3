package org.worktime.domain.place;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.worktime.domain.ValueError;

/** Where a punch happened, in WGS 84 degrees. Unknown positions are absent, never (0, 0). */
public record GeoPoint(double latitude, double longitude) {

  /** Guards the invariant; input from outside goes through {@link #of}. */
  public GeoPoint {
    problemWith(latitude, longitude)
        .peek(
            problem -> {
              throw new IllegalArgumentException(problem.describe());
            });
  }

  public static Either<ValueError, GeoPoint> of(double latitude, double longitude) {
    return problemWith(latitude, longitude)
        .<Either<ValueError, GeoPoint>>map(Either::left)
        .getOrElse(() -> Either.right(new GeoPoint(latitude, longitude)));
  }

  private static Option<ValueError> problemWith(double latitude, double longitude) {
    // Written as !(x <= limit) so that NaN is refused too.
    if (!(Math.abs(latitude) <= 90)) {
      return Option.some(new ValueError.CoordinateOutOfRange("latitude", latitude, 90));
    }
    if (!(Math.abs(longitude) <= 180)) {
      return Option.some(new ValueError.CoordinateOutOfRange("longitude", longitude, 180));
    }
    return Option.none();
  }
}
