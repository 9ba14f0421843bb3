package org.worktime.application.port;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.worktime.application.Refusal;
import org.worktime.domain.employee.CompanySlug;
import org.worktime.domain.id.TenantId;

/** Keeps each company's account name (its slug); no two companies share one. */
public interface CompanyAccounts {

  /** The company's slug; none until one is set. */
  Option<CompanySlug> slugOf(TenantId tenant);

  /** Sets or replaces the company's slug; a conflict when another company has it. */
  Either<Refusal.Conflict, CompanySlug> save(TenantId tenant, CompanySlug slug);
}
