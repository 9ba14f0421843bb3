package org.worktime.domain.planted;

import picocli.CommandLine;

/** Planted violation: a domain class that depends on a library outside the allow-list. */
public final class DomainThatUsesAFramework {
  public CommandLine commandLine;
}
