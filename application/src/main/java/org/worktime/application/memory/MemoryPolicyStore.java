package org.worktime.application.memory;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.worktime.application.memory.MemoryDatabase.Change;
import org.worktime.application.port.PolicyStore;
import org.worktime.domain.id.PolicyId;
import org.worktime.domain.id.TenantId;
import org.worktime.domain.policy.SchedulePolicy;

/** Schedule policies in memory, kept per tenant. */
public final class MemoryPolicyStore implements PolicyStore {

  private final MemoryDatabase database;

  public MemoryPolicyStore(MemoryDatabase database) {
    this.database = database;
  }

  @Override
  public Option<SchedulePolicy> find(TenantId tenant, PolicyId id) {
    return database.read(
        tables ->
            tables
                .policies()
                .get(id)
                .filter(owned -> owned.tenant().equals(tenant))
                .map(MemoryTables.TenantPolicy::policy));
  }

  @Override
  public Seq<Tuple2<PolicyId, SchedulePolicy>> all(TenantId tenant) {
    return database.read(
        tables ->
            tables
                .policies()
                .filter(entry -> entry._2.tenant().equals(tenant))
                .map(entry -> Tuple.of(entry._1, entry._2.policy()))
                .toList()
                .sortBy(entry -> entry._1.value()));
  }

  @Override
  public void save(TenantId tenant, PolicyId id, SchedulePolicy policy) {
    database.write(tables -> new Change<>(tables.withPolicy(tenant, id, policy), id));
  }
}
