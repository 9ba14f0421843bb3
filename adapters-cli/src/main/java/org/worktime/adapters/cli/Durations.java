package org.worktime.adapters.cli;

import java.time.Duration;

/** Durations the way people read them on a time sheet: hours and minutes, {@code 7:45}. */
public final class Durations {

  private Durations() {}

  /** Whole minutes, rounded down, as {@code H:MM}; negative ones with a leading minus. */
  public static String hoursAndMinutes(Duration duration) {
    long minutes = duration.toMinutes();
    String sign = minutes < 0 ? "-" : "";
    long magnitude = Math.abs(minutes);
    return sign + (magnitude / 60) + ":" + String.format("%02d", magnitude % 60);
  }
}
