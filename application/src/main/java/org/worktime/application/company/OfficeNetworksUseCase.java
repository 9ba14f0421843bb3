package org.worktime.application.company;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.domain.ValueError;
import org.worktime.domain.place.IpAddress;
import org.worktime.domain.place.NetworkRange;

/**
 * The caller's company's office networks (Bitrix24's {@code timeman.networkrange}), against which
 * every open and close is recorded as inside or outside. An admin's, as the vendor has it: the
 * networks tell where the office is, which is not every employee's to read.
 */
public interface OfficeNetworksUseCase {

  /** The company's office networks, in the order they were set. */
  Either<Refusal, List<NetworkRange>> networks(Request request);

  /**
   * Replaces the company's office networks with the given ones, all or nothing: when any entry is
   * not a range, nothing is saved and the answer is the positions of those entries; an empty answer
   * means all were saved. An empty list removes them all. The right is checked before the entries.
   */
  Either<Refusal, Seq<Integer>> setNetworks(
      Request request, List<Either<ValueError, NetworkRange>> given);

  /** The first office network holding the address; none when it is outside all of them. */
  Either<Refusal, Option<NetworkRange>> check(Request request, IpAddress address);
}
