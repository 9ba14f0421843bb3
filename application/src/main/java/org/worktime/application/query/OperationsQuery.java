package org.worktime.application.query;

/**
 * Numbers for operators (metrics), across every tenant. They name no tenant, employee or day, so
 * they need no actor; an adapter that shows them must still not show them to the public.
 */
public interface OperationsQuery {

  /** How many workdays are not closed (opened or paused) in the whole store. */
  long openWorkdays();
}
