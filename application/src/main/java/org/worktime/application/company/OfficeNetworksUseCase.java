package org.worktime.application.company;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
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

  /** Replaces the company's office networks; an empty list removes them all. */
  Either<Refusal, List<NetworkRange>> setNetworks(Request request, List<NetworkRange> ranges);

  /** The first office network holding the address; none when it is outside all of them. */
  Either<Refusal, Option<NetworkRange>> check(Request request, IpAddress address);
}
