package org.worktime.adapters.jsonrpc.timeclock;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import java.time.Clock;
import org.worktime.adapters.jsonrpc.Method;
import org.worktime.application.Engine;

/** TimeClock 365's methods by name: the vendor's reads, and our writes for terminals. */
public final class TimeClockMethods {

  private TimeClockMethods() {}

  /**
   * @param maxRangeDays the longest period a read method answers, both ends included
   * @param clock the engine's clock, for running sessions' durations
   */
  public static Map<String, Method> of(Engine engine, int maxRangeDays, Clock clock) {
    TimeClockReads reads = new TimeClockReads(engine, maxRangeDays, clock);
    TimeClockWrites writes = new TimeClockWrites(engine);
    return LinkedHashMap.<String, Method>empty()
        .put("sessions", reads::sessions)
        .put("lunches", reads::lunches)
        .put("timesheet", reads::timesheet)
        .put("extended-sessions", reads::extendedSessions)
        .put("employees", reads::employees)
        .put("clock-in", writes::clockIn)
        .put("clock-out", writes::clockOut)
        .put("lunch-start", writes::lunchStart)
        .put("lunch-end", writes::lunchEnd)
        .put("worklog-start", writes::worklogStart)
        .put("worklog-stop", writes::worklogStop);
  }
}
