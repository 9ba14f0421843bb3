package org.worktime.domain.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdTest {

  /** The ids in TheBase's seed examples: 39-digit decimal strings. */
  private static final String SEED_TIMER_ID = "271943382793099311437728449716604792195";

  private static final String SEED_OTHER_ID = "253960413951646409173244928790043995930";

  private static final String TWO_TO_128_MINUS_ONE = "340282366920938463463374607431768211455";

  @ParameterizedTest
  @ValueSource(strings = {SEED_TIMER_ID, SEED_OTHER_ID})
  void the39DigitIdOfTheSeedReadsBackToTheSameId(String seed) {
    Id id = Id.fromDecimal(seed).get();

    assertThat(id.toDecimal()).isEqualTo(seed);
    assertThat(Id.fromUuid(id.toString()).get()).isEqualTo(id);
  }

  @Test
  void theLargestIdHasAllBitsSetAndThirtyNineDigits() {
    Id largest = Id.fromDecimal(TWO_TO_128_MINUS_ONE).get();

    assertThat(largest).isEqualTo(new Id(-1L, -1L));
    assertThat(largest.toDecimal()).isEqualTo(TWO_TO_128_MINUS_ONE).hasSize(39);
    assertThat(largest.toString()).isEqualTo("ffffffff-ffff-ffff-ffff-ffffffffffff");
  }

  @Test
  void theSmallestIdIsZero() {
    assertThat(Id.fromDecimal("0").get()).isEqualTo(new Id(0, 0));
    assertThat(new Id(0, 0).toDecimal()).isEqualTo("0");
  }

  @Test
  void anIdWithTheHighBitSetIsStillPositiveInDecimal() {
    Id id = new Id(Long.MIN_VALUE, 0);

    assertThat(new BigInteger(id.toDecimal())).isEqualTo(BigInteger.ONE.shiftLeft(127));
  }

  @Test
  void aNumberAboveTwoToThe128MinusOneIsRefused() {
    assertThat(Id.fromDecimal("340282366920938463463374607431768211456")).isEmpty();
    assertThat(Id.fromDecimal("999999999999999999999999999999999999999")).isEmpty();
  }

  @Test
  void aDecimalLongerThan39DigitsIsRefusedEvenWithLeadingZeros() {
    assertThat(Id.fromDecimal("1" + "0".repeat(39))).isEmpty();
    assertThat(Id.fromDecimal("0" + SEED_TIMER_ID)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " 1", "1 ", "-1", "+1", "1e3", "0x10", "12a", "1.0", "1_000"})
  void textThatIsNotAnUnsignedDecimalIsRefused(String text) {
    assertThat(Id.fromDecimal(text)).isEmpty();
  }

  @Test
  void noTextIsNoId() {
    assertThat(Id.fromDecimal(null)).isEmpty();
    assertThat(Id.fromUuid(null)).isEmpty();
  }

  @Test
  void theUuidFormRoundTrips() {
    UUID uuid = UUID.fromString("0190f3a2-7b4c-7def-8123-456789abcdef");
    Id id = Id.of(uuid);

    assertThat(id.toUuid()).isEqualTo(uuid);
    assertThat(id.toString()).isEqualTo("0190f3a2-7b4c-7def-8123-456789abcdef");
    assertThat(Id.fromUuid(id.toString()).get()).isEqualTo(id);
  }

  @Test
  void theUuidFormIsReadInEitherCase() {
    assertThat(Id.fromUuid("0190F3A2-7B4C-7DEF-8123-456789ABCDEF").get().toString())
        .isEqualTo("0190f3a2-7b4c-7def-8123-456789abcdef");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "0190f3a27b4c7def8123456789abcdef",
        "0190f3a2-7b4c-7def-8123-456789abcde",
        "0190f3a2-7b4c-7def-8123-456789abcdefa",
        "0190f3a2x7b4c-7def-8123-456789abcdef",
        "0190f3a2-7b4c-7def-8123-456789abcdeg",
        "{0190f3a2-7b4c-7def-8123-456789abcde}",
        "0-0-0-0-00000000000000000000000000000"
      })
  void textThatIsNotInUuidFormIsRefused(String text) {
    assertThat(Id.fromUuid(text)).isEmpty();
  }

  @Test
  void idsOrderAsUnsigned128BitNumbers() {
    Id small = new Id(0, -1L);
    Id large = new Id(1, 0);
    Id highBit = new Id(Long.MIN_VALUE, 0);

    assertThat(small).isLessThan(large);
    assertThat(large).isLessThan(highBit);
    assertThat(new Id(5, Long.MIN_VALUE)).isGreaterThan(new Id(5, Long.MAX_VALUE));
    assertThat(new Id(5, 7)).isEqualByComparingTo(new Id(5, 7));
  }

  @Test
  void theWrappedIdsShowTheUuidForm() {
    Id id = Id.fromDecimal(SEED_TIMER_ID).get();

    assertThat(TimerId.of(id).toString()).isEqualTo(id.toString());
    assertThat(WorkdayId.of(id).value()).isEqualTo(id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"١٢٣", "１２３", "۱۲۳", "१२३"})
  void digitsOfOtherScriptsAreNotTheDecimalForm(String text) {
    assertThat(Id.fromDecimal(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "+190f3a2-7b4c-7def-8123-456789abcdef",
        "0190f3a2-+b4c-7def-8123-456789abcdef",
        "０190f3a2-7b4c-7def-8123-456789abcdef",
        "0190f3a2-7b4c-7def-8123-45678٩abcdef"
      })
  void signsAndDigitsOfOtherScriptsAreNotTheUuidForm(String text) {
    assertThat(text).hasSize(36);
    assertThat(Id.fromUuid(text)).isEmpty();
  }
}
