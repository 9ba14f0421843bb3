package org.worktime.application.query;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.application.port.AuditEntry;
import org.worktime.domain.id.WorkdayId;

/** A day's history from the audit log, oldest first: who changed what, when, why, and how. */
public interface WorkdayHistoryQuery {

  Either<Refusal, Seq<AuditEntry>> historyOf(Request request, WorkdayId workday);
}
