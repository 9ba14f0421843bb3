package org.worktime.application.port;

import io.vavr.control.Either;
import java.util.function.Supplier;
import org.worktime.application.Refusal;

/**
 * The transaction boundary: the work's writes all happen, or none. A {@code Left} outcome or an
 * exception rolls back; a {@code Right} commits.
 */
public interface Transactions {

  <T> Either<Refusal, T> inTransaction(Supplier<Either<Refusal, T>> work);
}
