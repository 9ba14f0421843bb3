package org.worktime.application.company;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.worktime.application.Access;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.application.port.CompanyAccounts;
import org.worktime.application.port.Transactions;
import org.worktime.domain.employee.CompanySlug;

/** A company's account name, read by anyone of it and set by its admins. */
public final class CompanyAccountService implements CompanyAccountUseCase {

  private final CompanyAccounts accounts;
  private final Transactions transactions;
  private final Access access;

  public CompanyAccountService(CompanyAccounts accounts, Transactions transactions, Access access) {
    this.accounts = accounts;
    this.transactions = transactions;
    this.access = access;
  }

  @Override
  public Either<Refusal, Option<CompanySlug>> slug(Request request) {
    return Either.right(accounts.slugOf(request.actor().tenant()));
  }

  @Override
  public Either<Refusal, CompanySlug> setSlug(Request request, CompanySlug slug) {
    return access
        .mayAdminister(request.actor(), "set the company's account name")
        .flatMap(
            admin ->
                transactions.inTransaction(
                    () -> accounts.save(admin.tenant(), slug).<Refusal>mapLeft(taken -> taken)));
  }
}
