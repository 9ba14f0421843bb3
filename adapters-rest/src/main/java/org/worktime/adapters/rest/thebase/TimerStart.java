package org.worktime.adapters.rest.thebase;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDateTime;
import org.worktime.adapters.rest.http.NoteText;
import org.worktime.adapters.rest.http.Text;
import org.worktime.adapters.rest.http.Violation;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.text.Note;
import org.worktime.domain.timer.AccountId;
import org.worktime.domain.timer.TimerDetails;

/**
 * {@code POST /v2/timer/start}: {@code {owner, account_id?, comment?, start_time?}}. Empty means
 * not given; a JSON number is its decimal text; fields TheBase does not know are ignored.
 */
record TimerStart(
    @NotNull @Text(Owner.class) String owner,
    @JsonProperty("account_id") @Text(TimerStart.Account.class) String accountId,
    @NoteText String comment,
    @JsonProperty("start_time")
        @Text(value = TheBaseTimes.Iso.class, payload = Violation.Time.class)
        String startTime) {

  /** {@code account_id}: what the domain's {@link AccountId} takes; its reason is the message. */
  static final class Account implements Text.Rule {
    @Override
    public Option<String> brokenBy(String text) {
      return AccountId.of(text).swap().map(why -> why.describe()).toOption();
    }
  }

  EmployeeId ownerId() {
    return Owner.of(owner);
  }

  TimerDetails details() {
    TimerDetails details = TimerDetails.none();
    if (accountId != null) {
      details = details.withAccount(AccountId.of(accountId).get());
    }
    return comment == null ? details : details.withComment(new Note(comment));
  }

  /** None for now; else the instant written, or the wall time to resolve in the owner's zone. */
  Option<Either<LocalDateTime, Instant>> start() {
    return Option.of(startTime).flatMap(TheBaseTimes::parse);
  }
}
