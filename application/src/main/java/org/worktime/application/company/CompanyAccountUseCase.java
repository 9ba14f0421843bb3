package org.worktime.application.company;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.domain.employee.CompanySlug;

/**
 * The caller's company's account name, which Staffomatic clients put in their paths: anyone of the
 * company may read it, an admin sets it.
 */
public interface CompanyAccountUseCase {

  /** The caller's company's slug; none until an admin sets one. */
  Either<Refusal, Option<CompanySlug>> slug(Request request);

  /** Sets the caller's company's slug; an admin's right; a conflict when another company has it. */
  Either<Refusal, CompanySlug> setSlug(Request request, CompanySlug slug);

  /**
   * Whether the account a request names is the caller's own company: never a way to learn anything
   * of another company, so an unknown name and another company's name answer the same.
   */
  default boolean isOwnAccount(Request request, String given) {
    return slug(request)
        .toOption()
        .flatMap(own -> own)
        .exists(own -> CompanySlug.of(given).map(own::equals).getOrElse(false));
  }
}
