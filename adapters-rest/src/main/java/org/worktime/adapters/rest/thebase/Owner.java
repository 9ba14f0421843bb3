package org.worktime.adapters.rest.thebase;

import org.worktime.adapters.rest.http.Text;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.Id;

/**
 * An {@code owner}: the unsigned decimal form of an employee's 128-bit id, as {@link Id} reads it.
 */
final class Owner extends Text.Parses {

  Owner() {
    super(text -> Id.fromDecimal(text).isDefined(), "must be a user's decimal id");
  }

  /** The employee a valid text names. */
  static EmployeeId of(String text) {
    return EmployeeId.of(Id.fromDecimal(text).get());
  }
}
