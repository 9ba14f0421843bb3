package org.worktime.adapters.persistence.jdbc;

import io.vavr.control.Either;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.worktime.application.Refusal;
import org.worktime.application.port.StoreUnavailable;
import org.worktime.application.port.Transactions;

/**
 * The JDBC stores' transactions. A transaction is bound to the thread that opened it: every store
 * called inside {@link #inTransaction} on that thread uses the same {@link Handle} (one
 * connection), so the change and its audit entry commit or roll back together. A {@code Left}
 * outcome or an exception rolls back; a {@code Right} commits. A nested call joins the outer
 * transaction under a savepoint, so a refused inner step leaves nothing, as in the memory store.
 *
 * <p>Outside a transaction each store call runs on its own connection in auto-commit mode, except
 * writes that take more than one statement and streaming reads, which get a short transaction of
 * their own.
 *
 * <p>A database that cannot be reached (no connection within the pool's bound, a connection lost,
 * the server shutting down) surfaces as {@link StoreUnavailable}, never as the driver's exception:
 * {@link StoreUnavailable#duringCommit} when the connection failed while a commit was under way,
 * {@link StoreUnavailable#nothingWritten} otherwise.
 */
final class JdbcDatabase implements Transactions {

  /**
   * SQL states that mean "someone else got there first": a unique key taken (23505), a
   * serialization failure or deadlock (40001, PostgreSQL's 40P01), H2's concurrent update (90131)
   * and lock timeout (HYT00).
   */
  private static final Set<String> RACE_STATES =
      Set.of("23505", "40001", "40P01", "90131", "HYT00");

  /**
   * SQL states, beyond the connection-exception class 08, that mean the database is not there to
   * answer: PostgreSQL shutting down or starting (57P01, 57P02, 57P03), H2's broken connection
   * (90067) and a database closed or closing (90098, 90121).
   */
  private static final Set<String> UNREACHABLE_STATES =
      Set.of("57P01", "57P02", "57P03", "90067", "90098", "90121");

  private final Jdbi jdbi;
  private final ThreadLocal<Bound> current = new ThreadLocal<>();

  private static final class Bound {
    final Handle handle;
    int savepoints;

    Bound(Handle handle) {
      this.handle = handle;
    }
  }

  JdbcDatabase(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public <T> Either<Refusal, T> inTransaction(Supplier<Either<Refusal, T>> work) {
    Bound bound = current.get();
    if (bound != null) {
      return nested(bound, work);
    }
    return transactionally(
        handle -> work.get(), outcome -> outcome.isRight() /* commit only a Right */);
  }

  /** Runs a read on the thread's transaction, or on a connection of its own in auto-commit mode. */
  <T> T read(Function<Handle, T> query) {
    Bound bound = current.get();
    return bound != null
        ? query.apply(bound.handle)
        : reaching(() -> jdbi.withHandle(query::apply));
  }

  /**
   * Runs a streaming read inside a transaction: PostgreSQL's driver only honours a fetch size with
   * auto-commit off, so outside the caller's transaction a read-only one of its own is opened.
   */
  void stream(java.util.function.Consumer<Handle> query) {
    Bound bound = current.get();
    if (bound != null) {
      query.accept(bound.handle);
      return;
    }
    transactionally(
        handle -> {
          query.accept(handle);
          return Boolean.TRUE;
        },
        done -> true);
  }

  /**
   * Runs a write that a concurrent writer may beat: a taken unique key (an open day, a running
   * timer, a number) or a lost race answers a {@code Conflict} instead of an exception. Inside a
   * transaction the write runs under a savepoint, so that the failed statement leaves the
   * transaction usable (PostgreSQL aborts the whole transaction otherwise); outside one it runs in
   * a short transaction of its own.
   */
  <T> Either<Refusal.Conflict, T> write(
      String what, Function<Handle, Either<Refusal.Conflict, T>> statements) {
    Bound bound = current.get();
    if (bound == null) {
      try {
        return transactionally(statements, Either::isRight);
      } catch (RuntimeException failure) {
        if (isRace(failure)) {
          return Either.left(new Refusal.Conflict(what));
        }
        throw failure;
      }
    }
    String savepoint = "worktime_write_" + ++bound.savepoints;
    bound.handle.savepoint(savepoint);
    try {
      Either<Refusal.Conflict, T> outcome = statements.apply(bound.handle);
      if (outcome.isRight()) {
        bound.handle.releaseSavepoint(savepoint);
      } else {
        bound.handle.rollbackToSavepoint(savepoint);
      }
      return outcome;
    } catch (RuntimeException failure) {
      bound.handle.rollbackToSavepoint(savepoint);
      if (isRace(failure)) {
        return Either.left(new Refusal.Conflict(what));
      }
      throw failure;
    } finally {
      bound.savepoints--;
    }
  }

  private <T> Either<Refusal, T> nested(Bound bound, Supplier<Either<Refusal, T>> work) {
    String savepoint = "worktime_nested_" + ++bound.savepoints;
    bound.handle.savepoint(savepoint);
    boolean kept = false;
    try {
      Either<Refusal, T> outcome = work.get();
      kept = outcome.isRight();
      return outcome;
    } finally {
      try {
        if (kept) {
          bound.handle.releaseSavepoint(savepoint);
        } else {
          bound.handle.rollbackToSavepoint(savepoint);
        }
      } finally {
        bound.savepoints--;
      }
    }
  }

  /** Opens a connection, binds it to the thread, commits when {@code commit} says so. */
  private <T> T transactionally(Function<Handle, T> work, java.util.function.Predicate<T> commit) {
    return reaching(
        () -> {
          try (Handle handle = jdbi.open()) {
            handle.begin();
            current.set(new Bound(handle));
            boolean committed = false;
            Throwable failure = null;
            try {
              T outcome = work.apply(handle);
              if (commit.test(outcome)) {
                commit(handle);
                committed = true;
              }
              return outcome;
            } catch (RuntimeException | Error thrown) {
              failure = thrown;
              throw thrown;
            } finally {
              current.remove();
              if (!committed) {
                rollback(handle, failure);
              }
            }
          }
        });
  }

  /**
   * Runs work that reaches the database, turning an unreachable database into {@link
   * StoreUnavailable}: whatever failed before a commit was sent was not written.
   */
  private static <T> T reaching(Supplier<T> work) {
    try {
      return work.get();
    } catch (StoreUnavailable already) {
      throw already;
    } catch (RuntimeException failure) {
      if (unreachable(failure)) {
        throw StoreUnavailable.nothingWritten(failure);
      }
      throw failure;
    }
  }

  /** A commit whose connection fails may have committed or not: the caller must not guess. */
  private static void commit(Handle handle) {
    try {
      handle.commit();
    } catch (RuntimeException failure) {
      if (unreachable(failure)) {
        throw StoreUnavailable.duringCommit(failure);
      }
      throw failure;
    }
  }

  private static void rollback(Handle handle, Throwable failure) {
    try {
      handle.rollback();
    } catch (RuntimeException rollbackFailed) {
      if (failure == null) {
        throw rollbackFailed;
      }
      failure.addSuppressed(rollbackFailed);
    }
  }

  static boolean isRace(Throwable failure) {
    return anyState(failure, state -> RACE_STATES.contains(state));
  }

  /**
   * Whether a failure means the database could not be reached: the pool gave no connection in time,
   * the driver lost or could not open its connection, or the server is shutting down.
   */
  static boolean unreachable(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLTransientConnectionException
          || cause instanceof SQLNonTransientConnectionException
          || cause instanceof SQLRecoverableException
          || cause instanceof java.net.SocketException
          || cause instanceof java.io.EOFException) {
        return true;
      }
    }
    return anyState(failure, state -> state.startsWith("08") || UNREACHABLE_STATES.contains(state));
  }

  private static boolean anyState(Throwable failure, java.util.function.Predicate<String> state) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql) {
        for (SQLException next = sql; next != null; next = next.getNextException()) {
          if (next.getSQLState() != null && state.test(next.getSQLState())) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
