package org.worktime.application.query;

import io.vavr.control.Option;
import org.worktime.application.Request;
import org.worktime.application.port.ShortNumbers;
import org.worktime.domain.id.Id;

/** {@link ShortNumbersQuery} over the store, always in the actor's tenant. */
public final class ShortNumbering implements ShortNumbersQuery {

  private final ShortNumbers numbers;

  public ShortNumbering(ShortNumbers numbers) {
    this.numbers = numbers;
  }

  @Override
  public long numberOf(Request request, Id id) {
    return numbers.numberOf(request.actor().tenant(), id);
  }

  @Override
  public Option<Id> idOf(Request request, long number) {
    return number < 1 ? Option.none() : numbers.idOf(request.actor().tenant(), number);
  }
}
