package org.worktime.adapters.rest.staffomatic;

import io.vavr.control.Option;
import java.time.ZoneId;
import org.worktime.adapters.rest.http.Requests;
import org.worktime.application.Request;
import org.worktime.domain.place.Origin;
import org.worktime.domain.workday.Timing;

/** A body that records a punch: from which device, and when the device says it happened. */
interface Punch {

  /** {@code device_type}, valid under {@link DeviceType}; null when not given. */
  String deviceType();

  /** The API call's origin, its device kind from {@code device_type} when given. */
  default Origin origin(Request request) {
    Origin api = Requests.apiOrigin(request);
    return Option.of(deviceType())
        .flatMap(DeviceType.Check::of)
        .map(type -> new Origin(type, api.ip(), api.position(), api.location()))
        .getOrElse(api);
  }

  /** Now, or the device's own time of a valid {@link OffsetTime} text, in the day's zone. */
  static Timing timing(String deviceTime, ZoneId zone) {
    return StaffomaticTimes.given(deviceTime)
        .<Timing>map(at -> new Timing.Recorded(at.atZone(zone)))
        .getOrElse(Timing::now);
  }
}
