package org.worktime.adapters.cli.report;

import java.time.Duration;
import java.util.Objects;

/**
 * What a report adds up over a stretch of time. {@code days} counts the dates worked (closed days
 * only); {@code worked} is from start to end, {@code net} is worked minus {@code breaks}; {@code
 * overtime} is the part of the net time beyond the thresholds; {@code openDays} are days not yet
 * closed, which are not counted; {@code warnings} counts the compliance warnings.
 */
record Figures(
    int days,
    Duration worked,
    Duration breaks,
    Duration net,
    Duration overtime,
    int openDays,
    int warnings) {

  static final Figures NONE =
      new Figures(0, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, 0, 0);

  Figures {
    Objects.requireNonNull(worked, "worked");
    Objects.requireNonNull(breaks, "breaks");
    Objects.requireNonNull(net, "net");
    Objects.requireNonNull(overtime, "overtime");
  }

  Figures plus(Figures other) {
    return new Figures(
        days + other.days,
        worked.plus(other.worked),
        breaks.plus(other.breaks),
        net.plus(other.net),
        overtime.plus(other.overtime),
        openDays + other.openDays,
        warnings + other.warnings);
  }
}
