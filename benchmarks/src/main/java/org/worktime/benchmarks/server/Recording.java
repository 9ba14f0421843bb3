package org.worktime.benchmarks.server;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link RecordingDataSource} saw while on: the JDBC calls of the requests made in between,
 * one list per request. Calls while off (the server starting, Flyway) are not kept.
 */
final class Recording {

  /** One call that reaches the database. {@code connection} numbers the connection borrowed. */
  sealed interface Call permits Borrow, Release, Control, Execute, Batch {
    int connection();
  }

  /** A connection taken from the pool. */
  record Borrow(int connection) implements Call {}

  /** A connection given back to the pool. */
  record Release(int connection) implements Call {}

  /**
   * Transaction control: {@code setAutoCommit(flag)}, {@code commit()}, {@code rollback()} or
   * {@code rollback(savepoint)}, {@code setSavepoint(name)}, {@code releaseSavepoint(savepoint)}; a
   * savepoint is named by its name.
   */
  record Control(int connection, String method, Object argument) implements Call {}

  /** A parameter bound: the setter called on the statement, with its arguments. */
  record Parameter(Method setter, Object[] arguments) {}

  /**
   * One statement executed: its SQL, the parameters bound, the fetch size, how it was executed
   * ({@code execute}, {@code executeQuery}, {@code executeUpdate}) and the rows it changed (-1 for
   * a query), which the replay checks.
   */
  record Execute(
      int connection,
      String sql,
      List<Parameter> parameters,
      int fetchSize,
      String how,
      int updateCount)
      implements Call {}

  /**
   * One batch executed: its SQL, the parameters bound for each of its rows, and the rows each
   * changed, which the replay checks.
   */
  record Batch(int connection, String sql, List<List<Parameter>> rows, List<Integer> updateCounts)
      implements Call {}

  /** One request's calls, named for the request. */
  record Request(String name, List<Call> calls) {}

  private final List<Request> requests = new ArrayList<>();
  private List<Call> current;

  /** Records from now on, as the calls of the request named. */
  synchronized void begin(String name) {
    current = new ArrayList<>();
    requests.add(new Request(name, current));
  }

  /** Stops recording until the next {@link #begin}. */
  synchronized void end() {
    current = null;
  }

  synchronized void add(Call call) {
    if (current != null) {
      current.add(call);
    }
  }

  /** The requests recorded so far, in order. */
  synchronized List<Request> requests() {
    return requests.stream().map(r -> new Request(r.name(), List.copyOf(r.calls()))).toList();
  }
}
