package org.worktime.domain.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.worktime.domain.ValueError;

class GeoPointTest {

  @ParameterizedTest
  @CsvSource({"32.0853, 34.7818", "90, 180", "-90, -180", "0, 0", "-0.0, -0.0", "51.5, -0.12"})
  void aPointInsideTheRangesIsAccepted(double latitude, double longitude) {
    GeoPoint point = GeoPoint.of(latitude, longitude).get();

    assertThat(point.latitude()).isEqualTo(latitude);
    assertThat(point.longitude()).isEqualTo(longitude);
  }

  @ParameterizedTest
  @ValueSource(
      doubles = {90.000001, -90.000001, 180, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void aLatitudeBeyondThePolesIsRefused(double latitude) {
    assertThat(GeoPoint.of(latitude, 0).getLeft())
        .isEqualTo(new ValueError.CoordinateOutOfRange("latitude", latitude, 90));
  }

  @ParameterizedTest
  @ValueSource(
      doubles = {180.000001, -180.000001, 360, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void aLongitudeBeyondTheDateLineIsRefused(double longitude) {
    assertThat(GeoPoint.of(0, longitude).getLeft())
        .isEqualTo(new ValueError.CoordinateOutOfRange("longitude", longitude, 180));
  }

  @Test
  void notANumberIsRefusedOnEitherAxis() {
    assertThat(GeoPoint.of(Double.NaN, 0).getLeft())
        .isInstanceOfSatisfying(
            ValueError.CoordinateOutOfRange.class,
            error -> assertThat(error.axis()).isEqualTo("latitude"));
    assertThat(GeoPoint.of(0, Double.NaN).getLeft())
        .isInstanceOfSatisfying(
            ValueError.CoordinateOutOfRange.class,
            error -> assertThat(error.axis()).isEqualTo("longitude"));
  }

  @Test
  void theLatitudeIsCheckedFirst() {
    assertThat(GeoPoint.of(91, 181).getLeft())
        .isEqualTo(new ValueError.CoordinateOutOfRange("latitude", 91, 90));
  }

  @Test
  void theConstructorGuardsTheSameInvariant() {
    assertThatThrownBy(() -> new GeoPoint(Double.NaN, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GeoPoint(0, 180.5)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theErrorNamesTheAxisAndTheLimit() {
    assertThat(new ValueError.CoordinateOutOfRange("latitude", 91, 90).describe())
        .contains("latitude", "91", "90");
  }
}
