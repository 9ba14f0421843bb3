package org.worktime.domain.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.worktime.domain.ValueError;

class NoteTest {

  /** TheBase's answer to a started timer, as seed 000 spells it. */
  private static final String TIMER_STARTED = "הטיימר הופעל";

  /** A stopwatch with its emoji variation selector, and a woman technologist (a ZWJ sequence). */
  private static final String STOPWATCH_AND_TECHNOLOGIST = "⏱️👩‍💻";

  private static final String GRINNING_FACE = "😀";

  @ParameterizedTest
  @ValueSource(
      strings = {
        TIMER_STARTED,
        STOPWATCH_AND_TECHNOLOGIST,
        "e\u0301 (a combining acute accent stays separate)",
        "עברית mixed with English and 数字 ١٢٣",
        ""
      })
  void anyUnicodeTextIsKeptByteForByte(String text) {
    Note note = Note.of(text).get();

    assertThat(note.text().getBytes(StandardCharsets.UTF_8))
        .isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    assertThat(note.toString()).isEqualTo(text);
  }

  @Test
  void theHebrewMessageIsNotDamagedIntoAWindowsCodePage() {
    Note note = Note.of(TIMER_STARTED).get();

    assertThat(note.text().getBytes(StandardCharsets.UTF_8))
        .startsWith((byte) 0xD7, (byte) 0x94)
        .hasSize(23);
    assertThat(note.text()).doesNotContain("×");
  }

  @Test
  void theEmojiSequenceKeepsItsVariationSelectorAndJoiner() {
    Note note = Note.of(STOPWATCH_AND_TECHNOLOGIST).get();

    assertThat(note.text().codePoints().toArray())
        .containsExactly(0x23F1, 0xFE0F, 0x1F469, 0x200D, 0x1F4BB);
  }

  @Test
  void fourThousandCodePointsAreAllowed() {
    assertThat(Note.of("a".repeat(4000)).isRight()).isTrue();
    assertThat(Note.of("ש".repeat(4000)).isRight()).isTrue();
  }

  @Test
  void fourThousandAndOneCodePointsAreTooLong() {
    assertThat(Note.of("a".repeat(4001)).getLeft())
        .isEqualTo(new ValueError.TextTooLong(4001, 4000));
  }

  @Test
  void anEmojiCountsOnceThoughJavaStoresItInTwoChars() {
    String fourThousandEmoji = GRINNING_FACE.repeat(4000);

    assertThat(fourThousandEmoji).hasSize(8000);
    assertThat(Note.of(fourThousandEmoji).isRight()).isTrue();
    assertThat(Note.of(fourThousandEmoji + GRINNING_FACE).getLeft())
        .isEqualTo(new ValueError.TextTooLong(4001, 4000));
  }

  @Test
  void nulIsAForbiddenCharacter() {
    assertThat(Note.of("before\u0000after").getLeft())
        .isEqualTo(new ValueError.ForbiddenCharacter(0, 6));
  }

  @Test
  void otherControlCharactersAreKept() {
    assertThat(Note.of("line one\nline two\ttab\r\n").isRight()).isTrue();
  }

  @Test
  void aLoneHighSurrogateIsBrokenUnicode() {
    assertThat(Note.of("ab\uD83D").getLeft()).isEqualTo(new ValueError.BrokenUnicode(2));
    assertThat(Note.of("\uD83Dx").getLeft()).isEqualTo(new ValueError.BrokenUnicode(0));
  }

  @Test
  void aLoneLowSurrogateIsBrokenUnicode() {
    assertThat(Note.of("a\uDE00b").getLeft()).isEqualTo(new ValueError.BrokenUnicode(1));
  }

  @Test
  void surrogatesInTheWrongOrderAreBrokenUnicode() {
    assertThat(Note.of("\uDE00\uD83D").getLeft()).isEqualTo(new ValueError.BrokenUnicode(0));
  }

  @Test
  void theConstructorGuardsTheSameInvariant() {
    assertThatThrownBy(() -> new Note("\uD83D")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Note("x".repeat(4001)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Note(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void theErrorsDescribeThemselves() {
    assertThat(new ValueError.TextTooLong(4001, 4000).describe()).contains("4001", "4000");
    assertThat(new ValueError.ForbiddenCharacter(0, 6).describe()).contains("U+0000", "6");
    assertThat(new ValueError.BrokenUnicode(2).describe()).contains("surrogate");
  }
}
