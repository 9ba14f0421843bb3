package org.worktime.application.company;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.worktime.application.Access;
import org.worktime.application.Refusal;
import org.worktime.application.Request;
import org.worktime.application.port.OfficeNetworks;
import org.worktime.application.port.Transactions;
import org.worktime.domain.ValueError;
import org.worktime.domain.place.IpAddress;
import org.worktime.domain.place.NetworkRange;

/** A company's office networks, read and set by its admins. */
public final class OfficeNetworksService implements OfficeNetworksUseCase {

  private final OfficeNetworks offices;
  private final Transactions transactions;
  private final Access access;

  public OfficeNetworksService(OfficeNetworks offices, Transactions transactions, Access access) {
    this.offices = offices;
    this.transactions = transactions;
    this.access = access;
  }

  @Override
  public Either<Refusal, List<NetworkRange>> networks(Request request) {
    return access
        .mayAdminister(request.actor(), "read the office networks")
        .map(admin -> offices.of(admin.tenant()));
  }

  @Override
  public Either<Refusal, Seq<Integer>> setNetworks(
      Request request, List<Either<ValueError, NetworkRange>> given) {
    Seq<Integer> wrong =
        given.zipWithIndex().filter(entry -> entry._1.isLeft()).map(entry -> entry._2);
    return access
        .mayAdminister(request.actor(), "set the office networks")
        .flatMap(
            admin ->
                wrong.isEmpty()
                    ? transactions.inTransaction(
                        () ->
                            offices
                                .replace(admin.tenant(), given.map(Either::get))
                                .<Refusal>mapLeft(lost -> lost)
                                .map(saved -> wrong))
                    : Either.right(wrong));
  }

  @Override
  public Either<Refusal, Option<NetworkRange>> check(Request request, IpAddress address) {
    return access
        .mayAdminister(request.actor(), "check an address against the office networks")
        .map(admin -> NetworkRange.holding(offices.of(admin.tenant()), address));
  }
}
