package org.worktime.application.port;

import io.vavr.control.Option;
import org.worktime.domain.id.PolicyId;
import org.worktime.domain.id.TenantId;
import org.worktime.domain.policy.SchedulePolicy;

/** Keeps schedule policies by id. */
public interface PolicyStore {

  Option<SchedulePolicy> find(TenantId tenant, PolicyId id);

  void save(TenantId tenant, PolicyId id, SchedulePolicy policy);
}
