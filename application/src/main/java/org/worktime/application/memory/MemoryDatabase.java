package org.worktime.application.memory;

import io.vavr.control.Either;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.worktime.application.Refusal;
import org.worktime.application.port.Transactions;

/**
 * The in-memory store's state and transactions, for embedding and fast tests. All tables live in
 * one immutable {@link MemoryTables} value; a transaction holds a lock, remembers the value it
 * started from and puts it back on a refusal or an exception, so a refused change leaves nothing
 * behind, exactly as a database rollback does. Nothing survives the process: use the JDBC store to
 * keep data.
 */
public final class MemoryDatabase implements Transactions {

  private final ReentrantLock lock = new ReentrantLock();
  private volatile MemoryTables tables = MemoryTables.empty();

  @Override
  public <T> Either<Refusal, T> inTransaction(Supplier<Either<Refusal, T>> work) {
    lock.lock();
    MemoryTables before = tables;
    boolean committed = false;
    try {
      Either<Refusal, T> outcome = work.get();
      committed = outcome.isRight();
      return outcome;
    } finally {
      if (!committed) {
        tables = before;
      }
      lock.unlock();
    }
  }

  <T> T read(Function<MemoryTables, T> query) {
    return query.apply(tables);
  }

  /** Applies one change atomically; the function answers the new tables and a result. */
  <T> T write(Function<MemoryTables, Change<T>> change) {
    lock.lock();
    try {
      Change<T> applied = change.apply(tables);
      tables = applied.tables();
      return applied.result();
    } finally {
      lock.unlock();
    }
  }

  record Change<T>(MemoryTables tables, T result) {}
}
