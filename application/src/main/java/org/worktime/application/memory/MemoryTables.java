package org.worktime.application.memory;

import io.vavr.collection.HashMap;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import org.worktime.application.access.ApiKey;
import org.worktime.application.port.AuditEntry;
import org.worktime.application.port.IdempotencyRecords.Remembered;
import org.worktime.application.port.Versioned;
import org.worktime.domain.employee.CompanySlug;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.id.EmployeeId;
import org.worktime.domain.id.Id;
import org.worktime.domain.id.LocationId;
import org.worktime.domain.id.PolicyId;
import org.worktime.domain.id.TenantId;
import org.worktime.domain.id.TimerId;
import org.worktime.domain.id.WorkdayId;
import org.worktime.domain.place.Location;
import org.worktime.domain.place.NetworkRange;
import org.worktime.domain.policy.SchedulePolicy;
import org.worktime.domain.timer.TaskTimer;
import org.worktime.domain.workday.Workday;

/**
 * Every in-memory table as one immutable value. Ids are 128-bit and unique across tenants, so
 * tables are keyed by id and every read checks the tenant. The audit table keeps the order of
 * appending, so that entries made at the same instant are listed in the order they happened.
 */
record MemoryTables(
    Map<WorkdayId, Versioned<Workday>> workdays,
    Map<EmployeeId, List<WorkdayId>> workdaysByEmployee,
    Map<TimerId, Versioned<TaskTimer>> timers,
    Map<EmployeeId, Employee> employees,
    Map<PolicyId, TenantPolicy> policies,
    Map<Id, AuditEntry> audit,
    Map<String, Remembered> idempotency,
    Map<Id, ApiKey> apiKeys,
    Map<LocationId, Location> locations,
    Map<TenantId, TenantNumbers> shortNumbers,
    Map<TenantId, MemoryCompany> companies) {

  static MemoryTables empty() {
    return new MemoryTables(
        HashMap.empty(),
        HashMap.empty(),
        HashMap.empty(),
        HashMap.empty(),
        HashMap.empty(),
        LinkedHashMap.empty(),
        HashMap.empty(),
        HashMap.empty(),
        HashMap.empty(),
        HashMap.empty(),
        HashMap.empty());
  }

  MemoryTables withWorkday(Versioned<Workday> day) {
    WorkdayId id = day.value().id();
    List<WorkdayId> ofEmployee =
        workdaysByEmployee.get(day.value().employee()).getOrElse(List.empty());
    return new MemoryTables(
        workdays.put(id, day),
        workdaysByEmployee.put(
            day.value().employee(), ofEmployee.contains(id) ? ofEmployee : ofEmployee.append(id)),
        timers,
        employees,
        policies,
        audit,
        idempotency,
        apiKeys,
        locations,
        shortNumbers,
        companies);
  }

  MemoryTables withTimer(Versioned<TaskTimer> timer) {
    return new MemoryTables(
        workdays,
        workdaysByEmployee,
        timers.put(timer.value().id(), timer),
        employees,
        policies,
        audit,
        idempotency,
        apiKeys,
        locations,
        shortNumbers,
        companies);
  }

  MemoryTables withEmployee(Employee employee) {
    return new MemoryTables(
        workdays,
        workdaysByEmployee,
        timers,
        employees.put(employee.id(), employee),
        policies,
        audit,
        idempotency,
        apiKeys,
        locations,
        shortNumbers,
        companies);
  }

  /** A policy and the tenant it belongs to. */
  record TenantPolicy(TenantId tenant, SchedulePolicy policy) {}

  MemoryTables withPolicy(TenantId tenant, PolicyId id, SchedulePolicy policy) {
    return new MemoryTables(
        workdays,
        workdaysByEmployee,
        timers,
        employees,
        policies.put(id, new TenantPolicy(tenant, policy)),
        audit,
        idempotency,
        apiKeys,
        locations,
        shortNumbers,
        companies);
  }

  MemoryTables withAudit(AuditEntry entry) {
    return new MemoryTables(
        workdays,
        workdaysByEmployee,
        timers,
        employees,
        policies,
        audit.put(entry.id(), entry),
        idempotency,
        apiKeys,
        locations,
        shortNumbers,
        companies);
  }

  MemoryTables withLocation(Location location) {
    return new MemoryTables(
        workdays,
        workdaysByEmployee,
        timers,
        employees,
        policies,
        audit,
        idempotency,
        apiKeys,
        locations.put(location.id(), location),
        shortNumbers,
        companies);
  }

  MemoryTables withApiKey(ApiKey key) {
    return new MemoryTables(
        workdays,
        workdaysByEmployee,
        timers,
        employees,
        policies,
        audit,
        idempotency,
        apiKeys.put(key.id(), key),
        locations,
        shortNumbers,
        companies);
  }

  MemoryTables withIdempotency(String key, Remembered remembered) {
    return new MemoryTables(
        workdays,
        workdaysByEmployee,
        timers,
        employees,
        policies,
        audit,
        idempotency.put(key, remembered),
        apiKeys,
        locations,
        shortNumbers,
        companies);
  }

  /** A tenant's short numbers, both ways; the next number is one more than the count. */
  record TenantNumbers(Map<Id, Long> byId, Map<Long, Id> byNumber) {
    static TenantNumbers none() {
      return new TenantNumbers(HashMap.empty(), HashMap.empty());
    }

    TenantNumbers with(Id id, long number) {
      return new TenantNumbers(byId.put(id, number), byNumber.put(number, id));
    }
  }

  MemoryTables withShortNumber(TenantId tenant, Id id, long number) {
    return new MemoryTables(
        workdays,
        workdaysByEmployee,
        timers,
        employees,
        policies,
        audit,
        idempotency,
        apiKeys,
        locations,
        shortNumbers.put(
            tenant, shortNumbers.get(tenant).getOrElse(TenantNumbers::none).with(id, number)),
        companies);
  }

  MemoryTables withCompanySlug(TenantId tenant, CompanySlug slug) {
    return new MemoryTables(
        workdays,
        workdaysByEmployee,
        timers,
        employees,
        policies,
        audit,
        idempotency,
        apiKeys,
        locations,
        shortNumbers,
        companies.put(tenant, company(tenant).withSlug(slug)));
  }

  MemoryTables withOfficeNetworks(TenantId tenant, List<NetworkRange> ranges) {
    return new MemoryTables(
        workdays,
        workdaysByEmployee,
        timers,
        employees,
        policies,
        audit,
        idempotency,
        apiKeys,
        locations,
        shortNumbers,
        companies.put(tenant, company(tenant).withOfficeNetworks(ranges)));
  }

  /** The company's own settings; none set yet when it has no entry. */
  MemoryCompany company(TenantId tenant) {
    return companies.get(tenant).getOrElse(MemoryCompany.NONE);
  }
}
