package org.worktime.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** The stored instants' reader agrees with {@link Instant#parse} on what it reads and refuses. */
class StoredInstantsProperties {

  private static final long YEAR_0 = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
  private static final long YEAR_9999 = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();

  /** Whole seconds, milli-, micro- and nanosecond fractions, as Instant.toString writes them. */
  private static final Gen<Instant> INSTANTS =
      SourceDSL.longs()
          .between(YEAR_0 - 86_400L, YEAR_9999 + 86_400L)
          .zip(
              SourceDSL.integers().between(0, 999_999_999),
              SourceDSL.integers().between(0, 3),
              (seconds, nanos, precision) ->
                  Instant.ofEpochSecond(
                      seconds,
                      switch (precision) {
                        case 0 -> 0;
                        case 1 -> nanos / 1_000_000 * 1_000_000;
                        case 2 -> nanos / 1_000 * 1_000;
                        default -> nanos;
                      }));

  @Test
  void readsBackWhatInstantToStringWrote() {
    qt().forAll(INSTANTS)
        .checkAssert(
            instant -> assertThat(StoredInstants.parse(instant.toString())).isEqualTo(instant));
  }

  @Test
  void anyTextWithOneCharacterChangedIsReadOrRefusedAsInstantParseDoes() {
    qt().forAll(INSTANTS, SourceDSL.integers().between(0, 40), SourceDSL.integers().between(0, 10))
        .checkAssert(
            (instant, position, replacement) -> {
              String text = instant.toString();
              String changed =
                  text.substring(0, position % text.length())
                      + "0159.-:TZ+x".charAt(replacement)
                      + text.substring(position % text.length() + 1);
              assertSameOutcome(changed);
            });
  }

  @Test
  void edgeCasesAgreeWithInstantParse() {
    for (String text :
        new String[] {
          "2026-03-02T07:21:00Z",
          "2026-03-02T07:21:00.5Z",
          "2026-03-02T07:21:00.Z",
          "2026-03-02T07:21:00.1234567891Z",
          "2024-02-29T23:59:59.999999999Z",
          "2023-02-29T12:00:00Z",
          "2026-03-02T24:00:00Z",
          "2026-12-31T23:59:60Z",
          "2026-03-02T07:21:00+01:00",
          "2026-03-02t07:21:00z",
          "+10000-01-01T00:00:00Z",
          "-0001-01-01T00:00:00Z",
          "2026-03-02T07:21Z",
          "٢٠٢٦-03-02T07:21:00Z",
          ""
        }) {
      assertSameOutcome(text);
    }
  }

  private static void assertSameOutcome(String text) {
    Instant expected;
    try {
      expected = Instant.parse(text);
    } catch (DateTimeParseException refused) {
      assertThatThrownBy(() -> StoredInstants.parse(text))
          .as(text)
          .isInstanceOf(DateTimeParseException.class);
      return;
    }
    assertThat(StoredInstants.parse(text)).as(text).isEqualTo(expected);
  }
}
