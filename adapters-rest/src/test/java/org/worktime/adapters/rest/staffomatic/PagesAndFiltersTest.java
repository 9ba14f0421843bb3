package org.worktime.adapters.rest.staffomatic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.worktime.application.workday.CloseWorkdayUseCase;
import org.worktime.application.workday.DayRef;
import org.worktime.application.workday.OpenWorkdayUseCase;
import org.worktime.domain.employee.Employee;
import org.worktime.domain.place.Origin;
import org.worktime.domain.place.SourceType;
import org.worktime.domain.workday.Closing;
import org.worktime.domain.workday.Timing;

class PagesAndFiltersTest extends StaffomaticFixture {

  /** One hour of work on each of {@code days} days from 2018-01-01 09:00 Berlin. */
  private void daysOf(Employee who, int days) {
    Instant first = Instant.parse("2018-01-01T08:00:00Z");
    for (int i = 0; i < days; i++) {
      clock.set(first.plus(Duration.ofDays(i)));
      engine
          .openWorkday()
          .open(
              new OpenWorkdayUseCase.Command(
                  asAdmin, who.id(), Timing.now(), Origin.of(SourceType.WEB), Option.none()))
          .get();
      clock.advance(Duration.ofHours(1));
      engine
          .closeWorkday()
          .close(
              new CloseWorkdayUseCase.Command(
                  asAdmin,
                  new DayRef.LatestOf(who.id()),
                  new Closing(Timing.now(), Origin.of(SourceType.WEB), Option.none())))
          .get();
    }
  }

  @Test
  void listsComeInPagesOfFiftyUntilAnEmptyPage() {
    daysOf(nora, 55);

    JsonNode first = get("work_timers.json", noraToken).ok(200);
    JsonNode firstAgain = get("work_timers.json?page=1", noraToken).ok(200);
    JsonNode second = get("work_timers.json?page=2", noraToken).ok(200);
    JsonNode third = get("work_timers.json?page=3", noraToken).ok(200);

    assertThat(first).hasSize(50);
    assertThat(firstAgain).isEqualTo(first);
    assertThat(second).hasSize(5);
    assertThat(third).isEmpty();
    Set<Long> ids = new HashSet<>();
    first.forEach(timer -> ids.add(timer.get("id").asLong()));
    second.forEach(timer -> ids.add(timer.get("id").asLong()));
    assertThat(ids).hasSize(55);
    assertThat(first.get(0).get("starts_at").asText()).isEqualTo("2018-01-01T09:00:00+01:00");
    assertThat(second.get(4).get("starts_at").asText()).isEqualTo("2018-02-24T09:00:00+01:00");
  }

  @Test
  void fromAndUntilBoundTheStartInstantHalfOpen() {
    daysOf(nora, 10);

    JsonNode some =
        get(
                "work_timers.json?from=2018-01-03T09:00:00%2B01:00&until=2018-01-05T09:00:00%2B01:00",
                noraToken)
            .ok(200);

    assertThat(some).hasSize(2);
    assertThat(some.get(0).get("starts_at").asText()).isEqualTo("2018-01-03T09:00:00+01:00");
    assertThat(some.get(1).get("starts_at").asText()).isEqualTo("2018-01-04T09:00:00+01:00");
    assertThat(get("work_timers.json?from=2018-01-03T08:00:00Z", noraToken).ok(200)).hasSize(8);
  }

  @Test
  void userIdsNarrowAManagersListAndAnEmployeeSeesOnlyTheirOwn() {
    daysOf(nora, 3);
    daysOf(ole, 2);

    assertThat(get("work_timers.json", miaToken).ok(200)).hasSize(5);
    assertThat(get("work_timers.json?user_ids%5B%5D=494", miaToken).ok(200)).hasSize(2);
    assertThat(get("work_timers.json?user_ids[]=493&user_ids[]=494", miaToken).ok(200)).hasSize(5);
    assertThat(get("work_timers.json?user_ids%5B%5D=12345", miaToken).ok(200)).isEmpty();
    assertThat(get("work_timers.json", oleToken).ok(200)).hasSize(2);
    get("work_timers.json?user_ids%5B%5D=493", oleToken).isError(403, "forbidden");
  }

  @Test
  void aLocationListsTheDaysOfTheEmployeesPlacedThere() {
    daysOf(nora, 3);
    daysOf(ole, 2);
    long location =
        get("work_timers.json?page=1", noraToken).ok(200).get(0).get("location_id").asLong();

    JsonNode atWerkSued = get("locations/" + location + "/work_timers.json", miaToken).ok(200);

    assertThat(atWerkSued).hasSize(3);
    atWerkSued.forEach(timer -> assertThat(timer.get("user_id").asLong()).isEqualTo(493));
    get("locations/424242/work_timers.json", miaToken).isError(404, "not_found");
    get("locations/" + location + "/work_timers.json", zoeToken).isError(404, "not_found");
  }

  @Test
  void breaksAreFilteredByTheirOwnStart() {
    long workTimer = checkIn(noraToken, "{\"do\": \"start\"}");
    clock.advance(Duration.ofHours(6));
    for (int hour = 10; hour <= 12; hour++) {
      post(
              "break_timers.json",
              noraToken,
              "{\"work_timer_id\": "
                  + workTimer
                  + ", \"starts_at\": \"2018-02-28T"
                  + hour
                  + ":00:00+01:00\", \"ends_at\": \"2018-02-28T"
                  + hour
                  + ":10:00+01:00\"}")
          .ok(201);
    }

    JsonNode late = get("break_timers.json?from=2018-02-28T10:30:00%2B01:00", noraToken).ok(200);

    assertThat(late).hasSize(2);
    assertThat(late.get(0).get("starts_at").asText()).isEqualTo("2018-02-28T11:00:00+01:00");
    assertThat(get("break_timers.json?until=2018-02-28T10:00:01%2B01:00", noraToken).ok(200))
        .hasSize(1);
  }

  @Test
  void aBadPageOrTimeIsRefused() {
    get("work_timers.json?page=0", noraToken).isError(422, "invalid_parameter");
    get("work_timers.json?page=-1", noraToken).isError(422, "invalid_parameter");
    get("work_timers.json?page=x", noraToken).isError(422, "invalid_parameter");
    get("work_timers.json?from=2018-02-28T09:00:00", noraToken).isError(422, "invalid_time");
    get("work_timers.json?from=yesterday", noraToken).isError(422, "invalid_time");
    get("work_timers.json?from=2018-02-28T09:00:00Z&from=2018-02-28T09:00:00Z", noraToken)
        .isError(422, "invalid_parameter");
    get("work_timers.json?user_ids%5B%5D=abc", miaToken).isError(422, "invalid_parameter");
  }
}
