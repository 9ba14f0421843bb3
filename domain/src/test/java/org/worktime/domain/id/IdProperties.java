package org.worktime.domain.id;

import static org.quicktheories.QuickTheory.qt;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class IdProperties {

  /** Any 128 bits, with the edges (0, -1, MIN, MAX) in each half now and then. */
  private static final Gen<Id> IDS =
      SourceDSL.longs()
          .all()
          .zip(SourceDSL.longs().all(), (Long high, Long low) -> new Id(high, low));

  @Test
  void theDecimalFormRoundTripsForAny128BitId() {
    qt().forAll(IDS)
        .check(
            id -> {
              String decimal = id.toDecimal();
              return decimal.length() <= 39
                  && decimal.chars().allMatch(c -> c >= '0' && c <= '9')
                  && Id.fromDecimal(decimal).contains(id);
            });
  }

  @Test
  void theUuidFormRoundTripsForAny128BitId() {
    qt().forAll(IDS).check(id -> Id.fromUuid(id.toString()).contains(id));
  }

  @Test
  void idsOrderAsTheirUnsignedDecimalValues() {
    qt().forAll(IDS, IDS)
        .check(
            (a, b) ->
                Integer.signum(a.compareTo(b))
                    == Integer.signum(
                        new BigInteger(a.toDecimal()).compareTo(new BigInteger(b.toDecimal()))));
  }

  @Test
  void idsWithTheSameHighBitsOrderAsTheirUnsignedDecimalValues() {
    qt().forAll(SourceDSL.longs().all(), SourceDSL.longs().all(), SourceDSL.longs().all())
        .check(
            (high, lowA, lowB) -> {
              Id a = new Id(high, lowA);
              Id b = new Id(high, lowB);
              return Integer.signum(a.compareTo(b))
                  == Integer.signum(
                      new BigInteger(a.toDecimal()).compareTo(new BigInteger(b.toDecimal())));
            });
  }

  @Test
  void everyDecimalUpToTwoToThe128MinusOneIsAnId() {
    qt().forAll(IDS)
        .check(
            id -> {
              BigInteger value = new BigInteger(id.toDecimal());
              return value.signum() >= 0 && value.bitLength() <= 128;
            });
  }
}
