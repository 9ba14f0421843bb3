package org.worktime.benchmarks.server;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A data source that records, while its {@link Recording} is on, every JDBC call the stores make
 * that reaches the database: borrowing and returning a connection, transaction control, savepoints,
 * and each statement executed with its SQL and the parameters bound, as the driver received them.
 * Everything is passed through to the real data source unchanged, so the recorded calls are exactly
 * what the service sends. {@link Replay} sends them again without the service.
 */
final class RecordingDataSource {

  /** Connection calls that change what the database does, and so are replayed. */
  private static final Set<String> TRANSACTION_CALLS =
      Set.of("setAutoCommit", "commit", "rollback", "setSavepoint", "releaseSavepoint");

  private RecordingDataSource() {}

  static DataSource wrap(DataSource target, Recording recording) {
    AtomicInteger connections = new AtomicInteger();
    return proxy(
        DataSource.class,
        (proxy, method, args) -> {
          Object result = invoke(target, method, args);
          if (result instanceof Connection connection && method.getName().equals("getConnection")) {
            int serial = connections.incrementAndGet();
            recording.add(new Recording.Borrow(serial));
            return connection(connection, serial, recording);
          }
          return result;
        });
  }

  private static Connection connection(Connection target, int serial, Recording recording) {
    return proxy(
        Connection.class,
        (proxy, method, args) -> {
          String name = method.getName();
          if (name.equals("prepareStatement") || name.equals("createStatement")) {
            Statement statement = (Statement) invoke(target, method, args);
            String sql = name.equals("prepareStatement") ? (String) args[0] : null;
            return statement(statement, serial, sql, recording);
          }
          if (name.equals("close")) {
            invoke(target, method, args);
            recording.add(new Recording.Release(serial));
            return null;
          }
          if (name.equals("prepareCall")) {
            throw new IllegalStateException("the recorder does not replay stored procedures");
          }
          if (!TRANSACTION_CALLS.contains(name)) {
            return invoke(target, method, args);
          }
          // Named before the call: a released savepoint no longer tells its name.
          Recording.Control control = new Recording.Control(serial, name, controlArgument(args));
          Object result = invoke(target, method, args);
          recording.add(control);
          return result;
        });
  }

  /** A savepoint by its name (the replay makes its own), a flag as it is, nothing otherwise. */
  private static Object controlArgument(Object[] args) throws java.sql.SQLException {
    if (args == null || args.length == 0) {
      return null;
    }
    if (args[0] instanceof Savepoint savepoint) {
      return savepoint.getSavepointName();
    }
    return args[0];
  }

  private static Statement statement(
      Statement target, int serial, String preparedSql, Recording recording) {
    List<Recording.Parameter> parameters = new ArrayList<>();
    List<List<Recording.Parameter>> batch = new ArrayList<>();
    int[] fetchSize = {0};
    InvocationHandler handler =
        (proxy, method, args) -> {
          String name = method.getName();
          if (name.startsWith("set")
              && args != null
              && args.length >= 2
              && args[0] instanceof Integer
              && method.getDeclaringClass() == PreparedStatement.class) {
            parameters.add(new Recording.Parameter(method, args.clone()));
          } else if (name.equals("setFetchSize")) {
            fetchSize[0] = (Integer) args[0];
          } else if (name.equals("clearParameters")) {
            parameters.clear();
          } else if (name.equals("addBatch")) {
            if (preparedSql == null) {
              throw new IllegalStateException("the recorder replays only prepared batches");
            }
            batch.add(List.copyOf(parameters));
          } else if (name.equals("clearBatch")) {
            batch.clear();
          }
          Object result = invoke(target, method, args);
          if (name.equals("executeBatch")) {
            java.util.List<Integer> counts = new ArrayList<>();
            for (int count : (int[]) result) {
              counts.add(count);
            }
            recording.add(
                new Recording.Batch(serial, preparedSql, List.copyOf(batch), List.copyOf(counts)));
            batch.clear();
          }
          if (name.startsWith("execute") && !name.equals("executeBatch")) {
            String sql = preparedSql != null ? preparedSql : (String) args[0];
            int updates = name.equals("executeQuery") ? -1 : target.getUpdateCount();
            recording.add(
                new Recording.Execute(
                    serial, sql, List.copyOf(parameters), fetchSize[0], name, updates));
          }
          return result;
        };
    return preparedSql != null
        ? proxy(PreparedStatement.class, handler)
        : proxy(Statement.class, handler);
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException thrown) {
      throw thrown.getCause();
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, InvocationHandler handler) {
    return (T)
        Proxy.newProxyInstance(
            RecordingDataSource.class.getClassLoader(), new Class<?>[] {type}, handler);
  }
}
