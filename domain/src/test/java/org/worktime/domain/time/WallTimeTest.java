package org.worktime.domain.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.worktime.domain.ValueError;

class WallTimeTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Test
  void anOrdinaryWallTimeHasOneInstant() {
    ZonedDateTime resolved =
        WallTime.resolve(LocalDateTime.parse("2026-06-15T09:00"), BERLIN).get();

    assertThat(resolved.toInstant()).isEqualTo(Instant.parse("2026-06-15T07:00:00Z"));
    assertThat(resolved.getZone()).isEqualTo(BERLIN);
  }

  @Test
  void aWallTimeInBerlinsSpringGapNeverHappened() {
    LocalDateTime skipped = LocalDateTime.parse("2026-03-29T02:30");

    assertThat(WallTime.resolve(skipped, BERLIN).getLeft())
        .isEqualTo(new ValueError.NonexistentLocalTime(skipped, BERLIN));
  }

  @Test
  void aWallTimeInBerlinsAutumnOverlapTakesTheEarlierOffset() {
    ZonedDateTime resolved =
        WallTime.resolve(LocalDateTime.parse("2026-10-25T02:30"), BERLIN).get();

    assertThat(resolved.getOffset()).isEqualTo(ZoneOffset.ofHours(2));
    assertThat(resolved.toInstant()).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
  }

  @Test
  void theEdgesOfTheGapBelongToTheOffsetsAroundIt() {
    assertThat(
            WallTime.resolve(LocalDateTime.parse("2026-03-29T01:59:59"), BERLIN).get().getOffset())
        .isEqualTo(ZoneOffset.ofHours(1));
    assertThat(WallTime.resolve(LocalDateTime.parse("2026-03-29T02:59:59"), BERLIN).isLeft())
        .isTrue();
    assertThat(WallTime.resolve(LocalDateTime.parse("2026-03-29T03:00"), BERLIN).get().getOffset())
        .isEqualTo(ZoneOffset.ofHours(2));
  }

  @Test
  void theEndOfTheOverlapHasOnlyTheLaterOffset() {
    assertThat(WallTime.resolve(LocalDateTime.parse("2026-10-25T03:00"), BERLIN).get().getOffset())
        .isEqualTo(ZoneOffset.ofHours(1));
  }

  /** Gaps: New York's hour, Lord Howe's half hour, Chatham's hour at 02:45. */
  @ParameterizedTest
  @CsvSource({
    "America/New_York,    2026-03-08T02:30",
    "Australia/Lord_Howe, 2026-10-04T02:15",
    "Pacific/Chatham,     2026-09-27T03:00",
    "Asia/Jerusalem,      2026-03-27T02:00",
    "America/Sao_Paulo,   2018-11-04T00:00"
  })
  void aWallTimeInADaylightSavingGapIsRefused(String zone, String wallTime) {
    LocalDateTime skipped = LocalDateTime.parse(wallTime);

    assertThat(WallTime.resolve(skipped, ZoneId.of(zone)).getLeft())
        .isEqualTo(new ValueError.NonexistentLocalTime(skipped, ZoneId.of(zone)));
  }

  /** Overlaps resolve to the offset in force before the clocks went back. */
  @ParameterizedTest
  @CsvSource({
    "America/New_York,    2026-11-01T01:30, -04:00",
    "Australia/Lord_Howe, 2026-04-05T01:45, +11:00",
    "Pacific/Chatham,     2026-04-05T03:00, +13:45",
    "Asia/Jerusalem,      2026-10-25T01:30, +03:00"
  })
  void aWallTimeInADaylightSavingOverlapTakesTheEarlierOffset(
      String zone, String wallTime, String offset) {
    ZonedDateTime resolved = WallTime.resolve(LocalDateTime.parse(wallTime), ZoneId.of(zone)).get();

    assertThat(resolved.getOffset()).isEqualTo(ZoneOffset.of(offset));
    assertThat(resolved.toLocalDateTime()).isEqualTo(LocalDateTime.parse(wallTime));
  }

  @Test
  void lordHowesHalfHourOverlapEndsHalfAnHourLater() {
    ZoneId lordHowe = ZoneId.of("Australia/Lord_Howe");

    assertThat(
            WallTime.resolve(LocalDateTime.parse("2026-04-05T01:59"), lordHowe).get().getOffset())
        .isEqualTo(ZoneOffset.ofHours(11));
    assertThat(
            WallTime.resolve(LocalDateTime.parse("2026-04-05T02:00"), lordHowe).get().getOffset())
        .isEqualTo(ZoneOffset.ofHoursMinutes(10, 30));
    assertThat(
            WallTime.resolve(LocalDateTime.parse("2026-04-05T01:29"), lordHowe).get().getOffset())
        .isEqualTo(ZoneOffset.ofHours(11));
  }

  @Test
  void aFixedOffsetHasNeitherGapsNorOverlaps() {
    ZoneId india = ZoneOffset.ofHoursMinutes(5, 30);

    assertThat(WallTime.resolve(LocalDateTime.parse("2026-03-29T02:30"), india).get().toInstant())
        .isEqualTo(Instant.parse("2026-03-28T21:00:00Z"));
  }

  @Test
  void theGapErrorSaysWhatWasSkipped() {
    assertThat(
            new ValueError.NonexistentLocalTime(LocalDateTime.parse("2026-03-29T02:30"), BERLIN)
                .describe())
        .contains("2026-03-29T02:30", "Europe/Berlin");
  }
}
