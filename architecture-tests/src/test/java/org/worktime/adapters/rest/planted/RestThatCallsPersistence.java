package org.worktime.adapters.rest.planted;

import org.worktime.adapters.persistence.planted.PlantedStore;

/** Planted violation: one adapter reaching into another. */
public final class RestThatCallsPersistence {
  public PlantedStore store = new PlantedStore();
}
