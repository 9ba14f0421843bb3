package org.worktime.adapters.persistence.jdbc;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.worktime.application.Refusal;
import org.worktime.application.port.CompanyAccounts;
import org.worktime.domain.employee.CompanySlug;
import org.worktime.domain.id.TenantId;

/** Companies' account names in {@code company_accounts}; the unique slug decides who has it. */
final class JdbcCompanyAccounts implements CompanyAccounts {

  private final JdbcDatabase database;

  JdbcCompanyAccounts(JdbcDatabase database) {
    this.database = database;
  }

  @Override
  public Option<CompanySlug> slugOf(TenantId tenant) {
    return database.read(
        handle ->
            Option.ofOptional(
                handle
                    .createQuery("SELECT slug FROM company_accounts WHERE tenant_id = :tenant")
                    .bind("tenant", Sql.uuid(tenant.value()))
                    .mapTo(String.class)
                    .findOne()
                    .map(CompanySlug::new)));
  }

  /** Another company's slug breaks the unique constraint, which the database answers a conflict. */
  @Override
  public Either<Refusal.Conflict, CompanySlug> save(TenantId tenant, CompanySlug slug) {
    return database.write(
        "the account name '" + slug + "'",
        handle -> {
          int changed =
              handle
                  .createUpdate(
                      "UPDATE company_accounts SET slug = :slug WHERE tenant_id = :tenant")
                  .bind("tenant", Sql.uuid(tenant.value()))
                  .bind("slug", slug.value())
                  .execute();
          if (changed == 0) {
            handle
                .createUpdate(
                    "INSERT INTO company_accounts (tenant_id, slug) VALUES (:tenant, :slug)")
                .bind("tenant", Sql.uuid(tenant.value()))
                .bind("slug", slug.value())
                .execute();
          }
          return Either.right(slug);
        });
  }
}
