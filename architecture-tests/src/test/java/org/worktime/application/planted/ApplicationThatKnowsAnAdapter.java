package org.worktime.application.planted;

import org.worktime.adapters.persistence.planted.PlantedStore;

/** Planted violation: a use case wired to a concrete adapter instead of a port. */
public final class ApplicationThatKnowsAnAdapter {
  public PlantedStore store;
}
