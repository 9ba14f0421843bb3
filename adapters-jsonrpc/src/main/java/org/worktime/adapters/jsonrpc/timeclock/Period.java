package org.worktime.adapters.jsonrpc.timeclock;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.worktime.adapters.jsonrpc.Params;
import org.worktime.adapters.jsonrpc.RpcError;

/**
 * The read methods' params {@code {"startDate": "YYYY-MM-DD", "endDate": "YYYY-MM-DD"}}, or
 * positionally {@code ["YYYY-MM-DD", "YYYY-MM-DD"]}: both days included, the end not before the
 * start, at most the configured number of days.
 */
record Period(LocalDate from, LocalDate to) {

  static final List<String> NAMES = List.of("startDate", "endDate");

  static Either<RpcError, Period> of(JsonNode params, int maxDays) {
    return Params.of(params, NAMES, NAMES)
        .flatMap(
            p ->
                date(p, "startDate")
                    .flatMap(
                        from ->
                            date(p, "endDate")
                                .flatMap(to -> within(new Period(from, to), maxDays))));
  }

  private static Either<RpcError, LocalDate> date(Params params, String name) {
    return params
        .text(name, WallClock.DATE_FORMAT)
        .flatMap(text -> WallClock.date(text).mapLeft(why -> RpcError.invalidParams(name, why)));
  }

  private static Either<RpcError, Period> within(Period period, int maxDays) {
    if (period.to.isBefore(period.from)) {
      return Either.left(
          RpcError.invalidParams("endDate", "must not be before startDate " + period.from));
    }
    long days = ChronoUnit.DAYS.between(period.from, period.to) + 1;
    return days > maxDays
        ? Either.left(
            RpcError.invalidParams(
                "endDate",
                "the period spans "
                    + days
                    + " days; at most "
                    + maxDays
                    + " days, both ends included, may be read at once"))
        : Either.right(period);
  }
}
