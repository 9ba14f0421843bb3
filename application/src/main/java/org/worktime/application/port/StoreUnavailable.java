package org.worktime.application.port;

import java.util.Objects;

/**
 * The store could not be reached, or did not answer within its bound: an outage, not a business
 * outcome, so it travels as an exception from the store to the edge, where every interface turns it
 * into its own "try again later" answer.
 *
 * <p>Whether anything was written matters to the caller. Before the commit was sent, the store
 * rolled the work back (a transaction on a lost connection never commits), so the answer is a plain
 * "not done". When the connection broke while the commit itself was under way, nobody can tell
 * whether it committed: {@link #outcomeUnknown()} says so, and a retry with the same idempotency
 * key then answers the real outcome, because the key's record commits with the work or not at all.
 */
public final class StoreUnavailable extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * What an answer to an outage asks the client to wait, in every interface: the pool gives up on
   * an unreachable store within two seconds and takes back a database that returns within about as
   * long.
   */
  public static final java.time.Duration RETRY_AFTER = java.time.Duration.ofSeconds(3);

  private final boolean outcomeUnknown;

  private StoreUnavailable(String message, boolean outcomeUnknown, Throwable cause) {
    super(message, Objects.requireNonNull(cause, "cause"));
    this.outcomeUnknown = outcomeUnknown;
  }

  /** Nothing was written: the store was unreachable before any commit was sent. */
  public static StoreUnavailable nothingWritten(Throwable cause) {
    return new StoreUnavailable("the store is unavailable", false, cause);
  }

  /** The connection failed while the commit was under way: it may or may not have committed. */
  public static StoreUnavailable duringCommit(Throwable cause) {
    return new StoreUnavailable(
        "the store became unavailable while committing; the outcome is unknown", true, cause);
  }

  /** Whether the work may have been committed after all. */
  public boolean outcomeUnknown() {
    return outcomeUnknown;
  }
}
