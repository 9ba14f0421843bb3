package org.worktime.app;

import io.vavr.control.Either;
import java.util.Map;
import org.worktime.adapters.rest.BitrixLimit;
import picocli.CommandLine;

/**
 * {@code serve}'s Bitrix24 request limit, the vendor's leaky bucket per caller. Given on the
 * command line it replaces the environment's; neither gives the vendor's documented default.
 */
final class BitrixLimitOptions {

  static final String VARIABLE = "WORKTIME_BITRIX_LIMIT";

  @CommandLine.Option(
      names = "--bitrix-limit",
      paramLabel = "BURST/PER_SECOND",
      description =
          "Bitrix24's request limit per credential (per address without one): BURST requests at"
              + " once, PER_SECOND of them forgotten each second; past it 503"
              + " QUERY_LIMIT_EXCEEDED (default: $"
              + VARIABLE
              + "; else the vendor's 50/2; Enterprise plans have 250/5).")
  private String limit;

  /** The limit given, or why it is not one. */
  Either<String, BitrixLimit> limit(Map<String, String> environment) {
    String given = limit != null ? limit : environment.get(VARIABLE);
    return given == null || given.isBlank()
        ? Either.right(BitrixLimit.DEFAULT)
        : BitrixLimit.parse(given).mapLeft(why -> "--bitrix-limit " + why);
  }
}
