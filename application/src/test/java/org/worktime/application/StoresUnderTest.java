package org.worktime.application;

import java.util.ServiceLoader;
import org.worktime.application.memory.MemoryStores;
import org.worktime.application.port.Stores;

/**
 * The stores the use-case tests run on: in memory by default, or those of the provider named by the
 * system property {@code worktime.stores} (adapters-persistence runs the same tests on H2 and on
 * PostgreSQL this way). A name without a provider fails loudly, never silently falls back.
 */
public final class StoresUnderTest {

  public static final String PROPERTY = "worktime.stores";

  private StoresUnderTest() {}

  public static String name() {
    return System.getProperty(PROPERTY, "memory");
  }

  public static Stores create() {
    String wanted = name();
    if (wanted.equals("memory")) {
      return MemoryStores.create();
    }
    return ServiceLoader.load(StoresProvider.class).stream()
        .map(ServiceLoader.Provider::get)
        .filter(provider -> provider.name().equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "no StoresProvider named '" + wanted + "' on the classpath"))
        .create();
  }
}
