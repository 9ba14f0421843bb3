package org.worktime.domain.planted;

import org.worktime.application.planted.ApplicationThatKnowsAnAdapter;

/** Planted violation: the domain reaching outwards into the application layer. */
public final class DomainThatKnowsTheApplication {
  public ApplicationThatKnowsAnAdapter application;
}
