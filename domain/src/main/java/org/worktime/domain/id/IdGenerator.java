package org.worktime.domain.id;

/** Makes new ids; injected so that the domain never draws randomness or time by itself. */
@FunctionalInterface
public interface IdGenerator {
  Id next();
}
