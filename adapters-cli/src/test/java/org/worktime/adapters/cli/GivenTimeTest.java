package org.worktime.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.worktime.application.Refusal;
import picocli.CommandLine.TypeConversionException;

class GivenTimeTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  /** 00:30 in Berlin on 2026-03-11, still the 10th in UTC: "today" is the employee's date. */
  private static final Clock JUST_AFTER_MIDNIGHT =
      Clock.fixed(Instant.parse("2026-03-10T23:30:00Z"), ZoneOffset.UTC);

  private final GivenTime.Converter converter = new GivenTime.Converter();

  @Test
  void aTimeAloneIsTodayInTheEmployeesZoneNotTheClocks() {
    ZonedDateTime at = converter.convert("00:10").in(BERLIN, JUST_AFTER_MIDNIGHT).get();

    assertThat(at).isEqualTo(ZonedDateTime.of(2026, 3, 11, 0, 10, 0, 0, BERLIN));
  }

  @Test
  void aLocalDateAndTimeIsAWallTimeInTheEmployeesZone() {
    ZonedDateTime at = converter.convert("2026-07-01T09:00").in(BERLIN, JUST_AFTER_MIDNIGHT).get();

    assertThat(at.toInstant()).isEqualTo(Instant.parse("2026-07-01T07:00:00Z"));
  }

  @Test
  void anOffsetFixesTheInstantAndTheEmployeesZoneStays() {
    ZonedDateTime at =
        converter.convert("2026-03-10T09:00:30-05:00").in(BERLIN, JUST_AFTER_MIDNIGHT).get();

    assertThat(at.toInstant()).isEqualTo(Instant.parse("2026-03-10T14:00:30Z"));
    assertThat(at.getZone()).isEqualTo(BERLIN);
    assertThat(converter.convert("2026-03-10T14:00Z").in(BERLIN, JUST_AFTER_MIDNIGHT).get())
        .isEqualTo(ZonedDateTime.of(2026, 3, 10, 15, 0, 0, 0, BERLIN));
  }

  @Test
  void aWallTimeInTheGapIsRefusedAndInTheOverlapTakesTheEarlierOffset() {
    var gap = converter.convert("2026-03-29T02:30").in(BERLIN, JUST_AFTER_MIDNIGHT);
    var overlap = converter.convert("2026-10-25T02:30").in(BERLIN, JUST_AFTER_MIDNIGHT).get();

    assertThat(gap.getLeft()).isInstanceOf(Refusal.InvalidValue.class);
    assertThat(overlap.getOffset()).isEqualTo(ZoneOffset.ofHours(2));
  }

  @Test
  void everyOtherTextIsRefusedNamingTheForms() {
    for (String wrong :
        new String[] {
          "", "9:00", "24:00", "09:60", "2026-13-01T09:00", "2026-03-10 09:00", "now"
        }) {
      assertThatThrownBy(() -> converter.convert(wrong))
          .as(wrong)
          .isInstanceOf(TypeConversionException.class)
          .hasMessageContaining("is not a time; use " + GivenTime.FORMS);
    }
  }

  @Test
  void durationsAreHoursAndMinutesOrIso() {
    GivenDuration durations = new GivenDuration();

    assertThat(durations.convert("0:30")).isEqualTo(Duration.ofMinutes(30));
    assertThat(durations.convert("10:05")).isEqualTo(Duration.ofMinutes(605));
    assertThat(durations.convert("PT8H")).isEqualTo(Duration.ofHours(8));
    assertThat(durations.convert("P30D")).isEqualTo(Duration.ofDays(30));
    for (String wrong : new String[] {"0:60", "-PT1H", "8h", ""}) {
      assertThatThrownBy(() -> durations.convert(wrong))
          .as(wrong)
          .isInstanceOf(TypeConversionException.class);
    }
  }
}
