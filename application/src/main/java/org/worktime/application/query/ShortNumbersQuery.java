package org.worktime.application.query;

import io.vavr.control.Option;
import org.worktime.application.Request;
import org.worktime.domain.id.Id;

/**
 * The short numbers of the caller's tenant (see {@link
 * org.worktime.application.port.ShortNumbers}): a dialect shows a number for an id and reads an id
 * back from a number. A number only names an id; whether the caller may see what it names is for
 * the use case that reads it.
 */
public interface ShortNumbersQuery {

  /** The id's number in the caller's tenant, assigned on first use. */
  long numberOf(Request request, Id id);

  /** The id the number stands for in the caller's tenant; none for another tenant's numbers. */
  Option<Id> idOf(Request request, long number);
}
