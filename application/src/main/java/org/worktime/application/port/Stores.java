package org.worktime.application.port;

import java.util.Objects;

/** Every store an engine needs, from one backing store, sharing its transactions. */
public record Stores(
    WorkdayStore workdays,
    TimerStore timers,
    EmployeeDirectory employees,
    PolicyStore policies,
    AuditLog audit,
    IdempotencyRecords idempotency,
    ApiKeyStore apiKeys,
    LocationStore locations,
    ShortNumbers shortNumbers,
    CompanyAccounts companyAccounts,
    OfficeNetworks officeNetworks,
    Transactions transactions) {

  public Stores {
    Objects.requireNonNull(workdays, "workdays");
    Objects.requireNonNull(timers, "timers");
    Objects.requireNonNull(employees, "employees");
    Objects.requireNonNull(policies, "policies");
    Objects.requireNonNull(audit, "audit");
    Objects.requireNonNull(idempotency, "idempotency");
    Objects.requireNonNull(apiKeys, "apiKeys");
    Objects.requireNonNull(locations, "locations");
    Objects.requireNonNull(shortNumbers, "shortNumbers");
    Objects.requireNonNull(companyAccounts, "companyAccounts");
    Objects.requireNonNull(officeNetworks, "officeNetworks");
    Objects.requireNonNull(transactions, "transactions");
  }
}
