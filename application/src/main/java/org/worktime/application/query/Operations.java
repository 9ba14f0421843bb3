package org.worktime.application.query;

import java.util.Objects;
import org.worktime.application.port.WorkdayStore;

/** Asks the store for the operators' numbers; each is one cheap count. */
public final class Operations implements OperationsQuery {

  private final WorkdayStore workdays;

  public Operations(WorkdayStore workdays) {
    this.workdays = Objects.requireNonNull(workdays, "workdays");
  }

  @Override
  public long openWorkdays() {
    return workdays.countOpen();
  }
}
