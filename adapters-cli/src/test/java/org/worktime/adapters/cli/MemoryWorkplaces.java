package org.worktime.adapters.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.worktime.adapters.cli.store.StoreLocation;
import org.worktime.adapters.cli.store.Workplace;
import org.worktime.adapters.cli.store.Workplaces;
import org.worktime.application.Engine;
import org.worktime.application.EngineBuilder;

/**
 * One in-memory engine that every command of a test opens, on a fixed clock: a test double for the
 * composition root's JDBC stores (the real store is exercised by the app's process tests).
 */
public final class MemoryWorkplaces implements Workplaces {

  public final Clock clock;
  public final Engine engine;
  public final AtomicInteger opened = new AtomicInteger();
  public final AtomicInteger closed = new AtomicInteger();
  public StoreLocation lastLocation;

  public MemoryWorkplaces(Instant now) {
    this.clock = Clock.fixed(now, ZoneOffset.UTC);
    this.engine = new EngineBuilder().clock(clock).build();
  }

  @Override
  public Workplace open(StoreLocation location) {
    lastLocation = location;
    opened.incrementAndGet();
    return new Workplace() {
      @Override
      public Engine engine() {
        return engine;
      }

      @Override
      public Clock clock() {
        return clock;
      }

      @Override
      public String store() {
        return "memory";
      }

      @Override
      public String verify() {
        return "in memory, nothing to read";
      }

      @Override
      public void close() {
        closed.incrementAndGet();
      }
    };
  }
}
