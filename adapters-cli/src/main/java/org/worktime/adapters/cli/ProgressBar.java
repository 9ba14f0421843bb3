package org.worktime.adapters.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * A progress line on a terminal's stderr, redrawn in place ({@code \r}) at most every 100 ms: the
 * items done, a bar and a percentage, the rate and the time left when the total is known, else the
 * count and the rate. Its clock and width are given, so that tests can draw it.
 *
 * <pre>
 * importing  45% [=========>           ] 45,000/100,000  12,345/s  ETA 0:04
 * exporting 45,000  12,345/s
 * </pre>
 */
public final class ProgressBar implements Progress {

  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final String label;
  private final long total;
  private final LongSupplier nanoTime;
  private final IntSupplier width;
  private final long started;
  private long done;
  private long drawn = Long.MIN_VALUE;

  /**
   * @param total how many items there will be; negative when unknown
   */
  public ProgressBar(
      PrintWriter err, String label, long total, LongSupplier nanoTime, IntSupplier width) {
    this.err = err;
    this.label = label;
    this.total = total;
    this.nanoTime = nanoTime;
    this.width = width;
    this.started = nanoTime.getAsLong();
  }

  /**
   * The bar for a person at a terminal, or none: only when stderr is a terminal ({@code
   * System.console()}) and the command prints neither JSON nor quietly.
   */
  public static Progress forTerminal(
      PrintWriter err, String label, long total, boolean json, boolean quiet) {
    if (json || quiet || System.console() == null) {
      return Progress.none();
    }
    return new ProgressBar(err, label, total, System::nanoTime, ProgressBar::terminalWidth);
  }

  /** The terminal's width as the shell exports it ({@code COLUMNS}), else 80. */
  static int terminalWidth() {
    try {
      String columns = System.getenv("COLUMNS");
      return columns == null ? 80 : Math.max(20, Integer.parseInt(columns.trim()));
    } catch (NumberFormatException notANumber) {
      return 80;
    }
  }

  @Override
  public void advance() {
    done++;
    long now = nanoTime.getAsLong();
    if (drawn == Long.MIN_VALUE || now - drawn >= REDRAW_NANOS) {
      draw(now);
    }
  }

  @Override
  public void close() {
    draw(nanoTime.getAsLong());
    err.print('\n');
    err.flush();
  }

  private void draw(long now) {
    drawn = now;
    err.print('\r' + line(done, now - started));
    err.flush();
  }

  /** The line for {@code count} items after {@code elapsedNanos}, padded to the width. */
  String line(long count, long elapsedNanos) {
    int columns = width.getAsInt() - 1;
    double seconds = elapsedNanos / 1e9;
    String rate = seconds > 0 ? grouped(Math.round(count / seconds)) + "/s" : "-/s";
    String text;
    if (total < 0) {
      text = label + " " + grouped(count) + "  " + rate;
    } else {
      long percent = total == 0 ? 100 : Math.min(100, count * 100 / total);
      String eta =
          count == 0 || seconds <= 0
              ? "ETA -:--"
              : "ETA " + clock(Math.round((total - count) * seconds / count));
      String head = label + " " + String.format(Locale.ROOT, "%3d%%", percent) + " ";
      String tail = " " + grouped(count) + "/" + grouped(total) + "  " + rate + "  " + eta;
      int barWidth = columns - head.length() - tail.length() - 2;
      text = barWidth >= 10 ? head + bar(percent, barWidth) + tail : head.trim() + tail;
    }
    if (text.length() > columns) {
      return text.substring(0, Math.max(0, columns));
    }
    return text + " ".repeat(columns - text.length());
  }

  private static String bar(long percent, int width) {
    int filled = (int) (width * percent / 100);
    StringBuilder bar = new StringBuilder("[");
    bar.append("=".repeat(Math.max(0, filled - 1)));
    if (filled > 0) {
      bar.append(filled == width ? '=' : '>');
    }
    bar.append(" ".repeat(width - filled));
    return bar.append(']').toString();
  }

  private static String grouped(long number) {
    return String.format(Locale.ROOT, "%,d", number);
  }

  private static String clock(long seconds) {
    long hours = seconds / 3600;
    long minutes = seconds % 3600 / 60;
    long rest = seconds % 60;
    return hours > 0
        ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, rest)
        : String.format(Locale.ROOT, "%d:%02d", minutes, rest);
  }
}
