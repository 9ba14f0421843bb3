package org.worktime.benchmarks.server;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.worktime.adapters.persistence.jdbc.JdbcDataSources;

/**
 * {@code SeedEmployees JDBC_URL USER PASSWORD COUNT TOKENS_FILE}: creates the write path's company
 * on an empty database ({@link BenchCompany}) and writes the employees' tokens, one a line.
 */
public final class SeedEmployees {

  private SeedEmployees() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 5) {
      throw new IllegalArgumentException(
          "usage: SeedEmployees JDBC_URL USER PASSWORD COUNT TOKENS_FILE");
    }
    try (HikariDataSource database = JdbcDataSources.fromUrl(args[0], args[1], args[2])) {
      List<String> tokens = BenchCompany.create(database, Integer.parseInt(args[3]));
      Files.write(Path.of(args[4]), tokens);
      System.out.println("seeded " + tokens.size() + " employees with a key each");
    }
  }
}
