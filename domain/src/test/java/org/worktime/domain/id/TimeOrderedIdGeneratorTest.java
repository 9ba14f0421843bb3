package org.worktime.domain.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TimeOrderedIdGeneratorTest {

  private static final Instant NOW = Instant.parse("2026-03-29T08:15:30.123Z");

  private static TimeOrderedIdGenerator generatorAt(Instant instant, long seed) {
    return new TimeOrderedIdGenerator(
        Clock.fixed(instant, ZoneOffset.UTC), new SplittableRandom(seed));
  }

  @Test
  void anIdIsAVersion7UuidWithTheRfcVariant() {
    UUID uuid = generatorAt(NOW, 42).next().toUuid();

    assertThat(uuid.version()).isEqualTo(7);
    assertThat(uuid.variant()).isEqualTo(2);
    assertThat(uuid.getLeastSignificantBits() >>> 62).isEqualTo(0b10L);
  }

  @Test
  void theFirst48BitsAreTheClocksUnixMilliseconds() {
    Id id = generatorAt(NOW, 42).next();

    assertThat(id.mostSignificantBits() >>> 16).isEqualTo(NOW.toEpochMilli());
  }

  @Test
  void theSameClockAndSeedGiveTheSameIds() {
    assertThat(generatorAt(NOW, 42).next()).isEqualTo(generatorAt(NOW, 42).next());
  }

  @Test
  void idsWithinOneMillisecondDifferByTheirRandomBits() {
    TimeOrderedIdGenerator generator = generatorAt(NOW, 42);

    assertThat(IntStream.range(0, 1_000).mapToObj(i -> generator.next())).doesNotHaveDuplicates();
  }

  @Test
  void anIdFromALaterMillisecondComparesGreater() {
    for (long seed = 0; seed < 200; seed++) {
      Id earlier = generatorAt(NOW, seed).next();
      Id later = generatorAt(NOW.plusMillis(1), seed + 1_000).next();

      assertThat(later).isGreaterThan(earlier);
    }
  }

  @Test
  void theDecimalFormHasAtMost39Digits() {
    TimeOrderedIdGenerator generator = generatorAt(Instant.ofEpochMilli((1L << 48) - 1), 7);

    assertThat(generator.next().toDecimal()).hasSizeLessThanOrEqualTo(39);
    assertThat(generatorAt(NOW, 42).next().toDecimal()).hasSizeLessThanOrEqualTo(39);
  }

  @Test
  void theDecimalFormOfAnIdMadeNowReadsBackToTheSameId() {
    Id id = generatorAt(NOW, 42).next();

    assertThat(Id.fromDecimal(id.toDecimal()).get()).isEqualTo(id);
  }
}
