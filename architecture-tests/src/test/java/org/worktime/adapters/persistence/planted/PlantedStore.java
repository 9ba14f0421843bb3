package org.worktime.adapters.persistence.planted;

/** A stand-in adapter class that the planted violations depend on. */
public final class PlantedStore {}
