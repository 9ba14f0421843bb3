package org.worktime.domain.id;

import java.time.Clock;
import java.util.random.RandomGenerator;

/**
 * UUID version 7 (RFC 9562): 48 bits of Unix milliseconds from the injected clock, then random bits
 * from the injected generator. Ids made later sort later, which keeps database indexes on ids
 * append-mostly; within one millisecond the order is random, which is fine for identity.
 */
public final class TimeOrderedIdGenerator implements IdGenerator {

  private final Clock clock;
  private final RandomGenerator random;

  public TimeOrderedIdGenerator(Clock clock, RandomGenerator random) {
    this.clock = clock;
    this.random = random;
  }

  @Override
  public Id next() {
    long millis = clock.millis() & 0xFFFF_FFFF_FFFFL;
    long high = (millis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
    long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
    return new Id(high, low);
  }
}
