package org.worktime.application.port;

import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.worktime.domain.id.PolicyId;
import org.worktime.domain.id.TenantId;
import org.worktime.domain.policy.SchedulePolicy;

/** Keeps schedule policies by id. */
public interface PolicyStore {

  Option<SchedulePolicy> find(TenantId tenant, PolicyId id);

  /** The tenant's policies with their ids, oldest first (ids are time-ordered). */
  Seq<Tuple2<PolicyId, SchedulePolicy>> all(TenantId tenant);

  void save(TenantId tenant, PolicyId id, SchedulePolicy policy);
}
