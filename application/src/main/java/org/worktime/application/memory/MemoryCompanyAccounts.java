package org.worktime.application.memory;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.worktime.application.Refusal;
import org.worktime.application.memory.MemoryDatabase.Change;
import org.worktime.application.port.CompanyAccounts;
import org.worktime.domain.employee.CompanySlug;
import org.worktime.domain.id.TenantId;

/** Companies' account names in memory. */
public final class MemoryCompanyAccounts implements CompanyAccounts {

  private final MemoryDatabase database;

  public MemoryCompanyAccounts(MemoryDatabase database) {
    this.database = database;
  }

  @Override
  public Option<CompanySlug> slugOf(TenantId tenant) {
    return database.read(tables -> tables.company(tenant).slug());
  }

  @Override
  public Either<Refusal.Conflict, CompanySlug> save(TenantId tenant, CompanySlug slug) {
    return database.write(
        tables -> {
          boolean taken =
              tables
                  .companies()
                  .exists(entry -> entry._2.slug().contains(slug) && !entry._1.equals(tenant));
          if (taken) {
            return new Change<Either<Refusal.Conflict, CompanySlug>>(
                tables, Either.left(new Refusal.Conflict("the account name '" + slug + "'")));
          }
          return new Change<Either<Refusal.Conflict, CompanySlug>>(
              tables.withCompanySlug(tenant, slug), Either.right(slug));
        });
  }
}
