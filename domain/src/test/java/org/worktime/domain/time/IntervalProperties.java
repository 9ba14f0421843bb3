package org.worktime.domain.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class IntervalProperties {

  /** Instants within a few days of each other, so that overlaps are common. */
  private static final Gen<Instant> INSTANTS =
      SourceDSL.longs()
          .between(1_700_000_000L, 1_700_000_000L + 4 * 86_400L)
          .map((Long seconds) -> Instant.ofEpochSecond(seconds));

  private static final Gen<Interval> INTERVALS =
      INSTANTS.zip(INSTANTS, (a, b) -> a.isAfter(b) ? new Interval(b, a) : new Interval(a, b));

  @Test
  void overlapIsSymmetric() {
    qt().forAll(INTERVALS, INTERVALS).check((a, b) -> a.overlaps(b) == b.overlaps(a));
  }

  @Test
  void durationIsNeverNegativeAndSplitsAdditively() {
    qt().forAll(INTERVALS, SourceDSL.doubles().between(0, 1))
        .checkAssert(
            (interval, fraction) -> {
              Instant cut =
                  interval.start().plusSeconds((long) (interval.duration().toSeconds() * fraction));
              Duration parts =
                  new Interval(interval.start(), cut)
                      .duration()
                      .plus(new Interval(cut, interval.end()).duration());
              assertThat(interval.duration().isNegative()).isFalse();
              assertThat(interval.duration()).isEqualTo(parts);
            });
  }

  @Test
  void aNonEmptyIntervalInsideAnotherOverlapsIt() {
    qt().forAll(
            INTERVALS, SourceDSL.longs().between(0, 86_400), SourceDSL.longs().between(1, 3_600))
        .assuming((outer, offset, length) -> offset + length <= outer.duration().toSeconds())
        .check(
            (outer, offset, length) -> {
              Instant start = outer.start().plusSeconds(offset);
              Interval inner = new Interval(start, start.plusSeconds(length));
              return outer.encloses(inner) && outer.overlaps(inner) && inner.overlaps(outer);
            });
  }

  @Test
  void anEmptyIntervalOverlapsNothingNotEvenAnIntervalAroundIt() {
    qt().forAll(INTERVALS, INSTANTS)
        .check(
            (interval, instant) -> {
              Interval empty = new Interval(instant, instant);
              return !empty.overlaps(interval) && !interval.overlaps(empty);
            });
  }

  @Test
  void neighboursThatOnlyTouchDoNotOverlap() {
    qt().forAll(INTERVALS, SourceDSL.longs().between(0, 86_400))
        .check(
            (first, seconds) -> {
              Interval next = new Interval(first.end(), first.end().plusSeconds(seconds));
              return first.abuts(next) && !first.overlaps(next);
            });
  }
}
