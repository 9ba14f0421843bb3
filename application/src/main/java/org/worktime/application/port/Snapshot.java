package org.worktime.application.port;

import org.worktime.domain.timer.TaskTimer;
import org.worktime.domain.workday.Workday;

/** The state of an audited thing before or after a change. */
public sealed interface Snapshot {

  record OfWorkday(Workday workday) implements Snapshot {}

  record OfTimer(TaskTimer timer) implements Snapshot {}
}
