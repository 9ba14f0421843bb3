package org.worktime.adapters.rest.staffomatic;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.ZoneId;
import java.util.Locale;
import org.worktime.adapters.rest.http.Requests;
import org.worktime.adapters.rest.http.Text;
import org.worktime.application.Request;
import org.worktime.domain.place.Origin;
import org.worktime.domain.place.SourceType;
import org.worktime.domain.workday.Timing;

/** A body that records a punch: from which device, and when the device says it happened. */
interface Punch {

  /** {@code device_type}, valid under {@link Device}; null when not given. */
  String deviceType();

  /** The API call's origin, its device kind from {@code device_type} when given. */
  default Origin origin(Request request) {
    Origin api = Requests.apiOrigin(request);
    return Option.of(deviceType())
        .flatMap(Device::of)
        .map(type -> new Origin(type, api.ip(), api.position(), api.location()))
        .getOrElse(api);
  }

  /**
   * Now, or the device's own time of a valid {@code starts_at}/{@code ends_at}, in the day's zone.
   */
  static Timing timing(String deviceTime, ZoneId zone) {
    return StaffomaticTimes.given(deviceTime)
        .<Timing>map(at -> new Timing.Recorded(at.atZone(zone)))
        .getOrElse(Timing::now);
  }

  /** {@code device_type}: one of the domain's {@link SourceType}s, in any case. */
  final class Device implements Text.Rule {

    static Option<SourceType> of(String text) {
      return List.of(SourceType.values()).find(type -> type.name().equalsIgnoreCase(text));
    }

    @Override
    public Option<String> brokenBy(String text) {
      return of(text).isDefined()
          ? Option.none()
          : Option.some(
              "must be one of "
                  + List.of(SourceType.values())
                      .map(type -> type.name().toLowerCase(Locale.ROOT))
                      .mkString(", "));
    }
  }
}
