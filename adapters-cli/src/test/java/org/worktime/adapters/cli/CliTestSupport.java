package org.worktime.adapters.cli;

import java.time.Instant;
import java.time.ZoneId;
import org.worktime.application.Actor;

/** The command line over one in-memory engine at a fixed instant, for the commands' tests. */
public final class CliTestSupport {

  private final MemoryWorkplaces workplaces;

  public CliTestSupport(Instant now) {
    this.workplaces = new MemoryWorkplaces(now);
  }

  public MemoryWorkplaces workplaces() {
    return workplaces;
  }

  /** Creates a company whose first administrator, number 1, has this name and zone. */
  public Actor company(String adminName, ZoneId zone) {
    return workplaces
        .engine
        .tenantSetup()
        .createTenant(
            adminName.toLowerCase(java.util.Locale.ROOT) + "@example.org", adminName, zone)
        .get();
  }

  public CommandRun run(String... args) {
    return CommandRun.of(workplaces, args);
  }
}
