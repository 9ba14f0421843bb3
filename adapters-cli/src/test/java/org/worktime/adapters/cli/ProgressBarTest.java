package org.worktime.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

  private static final long SECOND = 1_000_000_000L;

  private final AtomicLong clock = new AtomicLong(5 * SECOND);
  private final StringWriter screen = new StringWriter();

  private ProgressBar bar(long total, int width) {
    return new ProgressBar(new PrintWriter(screen), "importing", total, clock::get, () -> width);
  }

  @Test
  void aKnownTotalShowsTheBarThePercentageTheRateAndTheTimeLeft() {
    ProgressBar bar = bar(100_000, 80);

    assertThat(bar.line(45_000, 4 * SECOND))
        .isEqualTo(
            "importing  45% [===========>               ] 45,000/100,000  11,250/s  ETA 0:05");
    assertThat(bar.line(45_000, 4 * SECOND)).hasSize(79);
    assertThat(bar.line(100_000, 9 * SECOND))
        .contains("100% [" + "=".repeat(26) + "] 100,000/100,000", "ETA 0:00");
    assertThat(bar.line(0, 0)).contains("  0% [   ", "-/s", "ETA -:--");
  }

  @Test
  void anHourOrMoreLeftShowsHours() {
    assertThat(bar(1_000_000, 100).line(1_000, 4 * SECOND)).endsWith("250/s  ETA 1:06:36");
  }

  @Test
  void anUnknownTotalShowsTheCountAndTheRate() {
    ProgressBar bar =
        new ProgressBar(new PrintWriter(screen), "exporting", -1, clock::get, () -> 40);

    assertThat(bar.line(12_345, 2 * SECOND))
        .isEqualTo("exporting 12,345  6,173/s" + " ".repeat(14));
  }

  @Test
  void aNarrowTerminalDropsTheBarAndNeverWraps() {
    ProgressBar bar = bar(100, 30);

    assertThat(bar.line(50, SECOND)).isEqualTo("importing  50% 50/100  50/s  ").hasSize(29);
  }

  @Test
  void itRedrawsInPlaceAtMostEveryTenthOfASecondAndEndsTheLineWhenClosed() {
    ProgressBar bar = bar(3, 60);

    bar.advance();
    clock.addAndGet(SECOND / 50);
    bar.advance();
    clock.addAndGet(SECOND);
    bar.advance();
    bar.close();

    String drawn = screen.toString();
    assertThat(drawn.chars().filter(c -> c == '\r')).hasSize(3);
    assertThat(drawn).startsWith("\rimporting  33%").endsWith("\n");
    assertThat(drawn.substring(drawn.lastIndexOf('\r'))).contains("100%", "3/3");
  }
}
