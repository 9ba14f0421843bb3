package org.worktime.domain.timer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.worktime.domain.ValueError;

class TimerKeysTest {

  @Test
  void anExternalIdIsKeptAsGiven() {
    assertThat(ExternalId.of("DR-4258").get().value()).isEqualTo("DR-4258");
    assertThat(ExternalId.of("DR-4258").get()).hasToString("DR-4258");
  }

  @Test
  void anEmptyOrBlankKeyIsRefused() {
    assertThat(ExternalId.of("").getLeft()).isEqualTo(new ValueError.BlankText());
    assertThat(AccountId.of(" \t ").getLeft()).isEqualTo(new ValueError.BlankText());
  }

  @Test
  void aKeyWithAControlCharacterIsRefused() {
    assertThat(ExternalId.of("DR-\n4258").getLeft())
        .isEqualTo(new ValueError.ForbiddenCharacter('\n', 3));
    assertThat(AccountId.of("acme\u0000").getLeft())
        .isEqualTo(new ValueError.ForbiddenCharacter(0, 4));
  }

  @Test
  void aKeyWithALoneSurrogateIsRefused() {
    assertThat(ExternalId.of("DR-\uD83D").getLeft()).isEqualTo(new ValueError.BrokenUnicode(3));
  }

  @Test
  void lengthCountsCodePointsSoAnEmojiCountsOnce() {
    String hundredEmoji = "🧾".repeat(100);

    assertThat(ExternalId.of(hundredEmoji).isRight()).isTrue();
    assertThat(ExternalId.of(hundredEmoji + "x").getLeft())
        .isEqualTo(new ValueError.TextTooLong(101, 100));
    assertThat(AccountId.of("a".repeat(200)).isRight()).isTrue();
    assertThat(AccountId.of("a".repeat(201)).getLeft())
        .isEqualTo(new ValueError.TextTooLong(201, 200));
  }

  @Test
  void aHebrewAccountIsKept() {
    // "לקוח ותיק" is a long-standing customer; the key is echoed to TheBase exactly.
    assertThat(AccountId.of("לקוח ותיק").get().value()).isEqualTo("לקוח ותיק");
  }

  @Test
  void theConstructorsGuardTheSameRule() {
    assertThatThrownBy(() -> new AccountId("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ExternalId("x".repeat(101)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
