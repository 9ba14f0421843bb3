package org.worktime.adapters.rest.bitrix;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.worktime.application.workday.WorkdayView;
import org.worktime.domain.place.GeoPoint;
import org.worktime.domain.place.IpAddress;
import org.worktime.domain.place.NetworkRange;
import org.worktime.domain.place.Origin;
import org.worktime.domain.time.Punch;
import org.worktime.domain.workday.Approval;
import org.worktime.domain.workday.Workday;
import org.worktime.domain.workday.WorkdayStatus;

/**
 * The status object of {@code timeman.open/pause/close/status}, in the vendor's field order. Times
 * are in the day's own zone (the one it was opened in); {@code DURATION} is the net worked time
 * (elapsed minus breaks) once the day is closed and {@code 00:00:00} before; {@code TIME_LEAKS} is
 * the total break time, a running break counted up to the moment of the answer.
 */
final class BitrixStatus {

  private BitrixStatus() {}

  /** A user who never opened a day: closed, and nothing else. */
  static Map<String, Object> never() {
    Map<String, Object> status = new LinkedHashMap<>();
    status.put("STATUS", WorkdayStatus.CLOSED.name());
    return status;
  }

  static Map<String, Object> of(WorkdayView view) {
    Workday day = view.workday();
    ZoneId zone = day.zone();
    Option<Punch> end = day.end();
    Map<String, Object> status = new LinkedHashMap<>();
    status.put("STATUS", view.status().name());
    status.put("TIME_START", BitrixTimes.atom(day.start().at(), zone));
    status.put("TIME_FINISH", end.map(punch -> BitrixTimes.atom(punch.at(), zone)).getOrNull());
    status.put(
        "DURATION",
        BitrixTimes.hms(end.isDefined() ? day.netWorkedAt(view.asOf()) : Duration.ZERO));
    status.put("TIME_LEAKS", BitrixTimes.hms(day.breakTimeAt(view.asOf())));
    status.put("ACTIVE", day.approval() != Approval.PENDING);
    status.put("IP_OPEN", ip(day.start().origin()));
    status.put("IP_CLOSE", end.map(punch -> ip(punch.origin())).getOrElse(""));
    status.put("LAT_OPEN", latitude(day.start().origin()));
    status.put("LON_OPEN", longitude(day.start().origin()));
    status.put("LAT_CLOSE", end.map(punch -> latitude(punch.origin())).getOrElse(0));
    status.put("LON_CLOSE", end.map(punch -> longitude(punch.origin())).getOrElse(0));
    status.put("TZ_OFFSET", day.start().local().getOffset().getTotalSeconds());
    office(day.start().origin()).forEach(office -> status.put("OFFICE_OPEN", office));
    end.flatMap(punch -> office(punch.origin()))
        .forEach(office -> status.put("OFFICE_CLOSE", office));
    if (view.status() == WorkdayStatus.EXPIRED) {
      status.put("TIME_FINISH_DEFAULT", BitrixTimes.atom(view.suggestedClose(), zone));
    }
    return status;
  }

  private static String ip(Origin origin) {
    return origin.ip().map(IpAddress::text).getOrElse("");
  }

  /**
   * Our own fields beside the vendor's, left out when nothing is known (no address, or no office
   * networks when punched), so that an answer without them is the vendor's own: the office
   * network's name, or {@code false} outside every one.
   */
  private static Option<Object> office(Origin origin) {
    return origin.network().map(network -> network.<Object>fold(NetworkRange::name, () -> false));
  }

  /** The coordinate, or {@code 0} when unknown, as the vendor answers. */
  private static Object latitude(Origin origin) {
    return origin.position().<Object>map(GeoPoint::latitude).getOrElse(0);
  }

  private static Object longitude(Origin origin) {
    return origin.position().<Object>map(GeoPoint::longitude).getOrElse(0);
  }
}
