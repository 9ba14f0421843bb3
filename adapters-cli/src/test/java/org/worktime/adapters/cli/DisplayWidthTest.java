package org.worktime.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayWidthTest {

  @Test
  void lettersTakeOneColumnWhateverTheirScript() {
    assertThat(DisplayWidth.of("Ada")).isEqualTo(3);
    assertThat(DisplayWidth.of("דוד לוי")).isEqualTo(7);
    assertThat(DisplayWidth.of("Zoë")).isEqualTo(3);
  }

  @Test
  void combiningMarksAndJoinersTakeNone() {
    assertThat(DisplayWidth.of("Zoe\u0308")).isEqualTo(3);
    assertThat(DisplayWidth.of("שָׁלוֹם")).isEqualTo(4);
    assertThat(DisplayWidth.of("\u200Fא")).isEqualTo(1);
  }

  @Test
  void emojiAndEastAsianWideLettersTakeTwo() {
    assertThat(DisplayWidth.of("🚀")).isEqualTo(2);
    assertThat(DisplayWidth.of("👍🏽")).isEqualTo(2);
    assertThat(DisplayWidth.of("山田")).isEqualTo(4);
  }

  @Test
  void paddingCountsColumnsNotCharacters() {
    assertThat(DisplayWidth.padRight("🚀", 4)).isEqualTo("🚀  ");
    assertThat(DisplayWidth.padRight("long", 2)).isEqualTo("long");
  }
}
