package org.worktime.application.memory;

import io.vavr.control.Option;
import org.worktime.application.memory.MemoryDatabase.Change;
import org.worktime.application.memory.MemoryTables.TenantNumbers;
import org.worktime.application.port.ShortNumbers;
import org.worktime.domain.id.Id;
import org.worktime.domain.id.TenantId;

/** Short numbers in memory, per tenant: 1, 2, 3, ... in the order ids are first asked for. */
public final class MemoryShortNumbers implements ShortNumbers {

  private final MemoryDatabase database;

  public MemoryShortNumbers(MemoryDatabase database) {
    this.database = database;
  }

  @Override
  public long numberOf(TenantId tenant, Id id) {
    return database.write(
        tables -> {
          TenantNumbers numbers = tables.shortNumbers().get(tenant).getOrElse(TenantNumbers::none);
          Option<Long> known = numbers.byId().get(id);
          if (known.isDefined()) {
            return new Change<>(tables, known.get());
          }
          long next = numbers.byNumber().size() + 1L;
          return new Change<>(tables.withShortNumber(tenant, id, next), next);
        });
  }

  @Override
  public Option<Id> idOf(TenantId tenant, long number) {
    return database.read(
        tables ->
            tables.shortNumbers().get(tenant).flatMap(numbers -> numbers.byNumber().get(number)));
  }
}
