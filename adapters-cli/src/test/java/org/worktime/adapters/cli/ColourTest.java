package org.worktime.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ColourTest {

  @Test
  void colourOnlyOnATerminalWithoutNoColorAndNeverForJson() {
    assertThat(Colour.wanted(Map.of(), true, false)).isTrue();
    assertThat(Colour.wanted(Map.of(), false, false)).isFalse();
    assertThat(Colour.wanted(Map.of(), true, true)).isFalse();
    assertThat(Colour.wanted(Map.of("NO_COLOR", "1"), true, false)).isFalse();
    assertThat(Colour.wanted(Map.of("NO_COLOR", ""), true, false)).isTrue();
  }

  @Test
  void styledTextIsWrappedOnlyWhenColouring() {
    assertThat(Colour.styled(true, "31", "late")).isEqualTo("\u001b[31mlate\u001b[0m");
    assertThat(Colour.styled(false, "31", "late")).isEqualTo("late");
    assertThat(Colour.styled(true, "31", "")).isEmpty();
  }
}
