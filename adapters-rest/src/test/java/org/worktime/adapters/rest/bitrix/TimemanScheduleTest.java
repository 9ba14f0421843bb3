package org.worktime.adapters.rest.bitrix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.control.Option;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.worktime.domain.policy.Schedule;
import org.worktime.domain.policy.SchedulePolicy;
import org.worktime.domain.policy.Shift;

/**
 * {@code timeman.schedule.get} ({@code api-reference/timeman/schedule/timeman-schedule-get.md}):
 * the schedule policy in the vendor's fields, by its number or, without one, the caller's own.
 */
class TimemanScheduleTest extends TimemanFixture {

  @Test
  void theCallersOwnFixedScheduleInTheVendorsFields() {
    JsonNode schedule = get("timeman.schedule.get", auth(fixedToken)).result();

    long id = schedule.get("ID").asLong();
    assertThat(id).isPositive();
    assertThat(schedule.get("SCHEDULE_TYPE").asText()).isEqualTo("FIXED");
    assertThat(schedule.get("DELETED").asText()).isEqualTo("0");
    JsonNode shifts = schedule.get("SHIFTS");
    assertThat(shifts.size()).isEqualTo(1);
    JsonNode shift = shifts.get(0);
    assertThat(shift.get("WORK_TIME_START").asLong()).isEqualTo(9 * 3600);
    assertThat(shift.get("WORK_TIME_END").asLong()).isEqualTo(18 * 3600);
    assertThat(shift.get("BREAK_DURATION").asLong()).isEqualTo(3600);
    assertThat(shift.get("WORK_DAYS").asText()).isEqualTo("12345");
    assertThat(shift.get("SCHEDULE_ID").asLong()).isEqualTo(id);
    assertThat(shift.get("DELETED").asBoolean()).isFalse();
    JsonNode rules = schedule.get("SCHEDULE_VIOLATION_RULES");
    assertThat(rules.get("SCHEDULE_ID").asLong()).isEqualTo(id);
    assertThat(rules.get("MAX_EXACT_START").asLong()).isEqualTo(10 * 3600);
    assertThat(rules.get("MIN_EXACT_END").asLong()).isEqualTo(17 * 3600);
    assertThat(rules.get("MIN_DAY_DURATION").asLong()).isEqualTo(8 * 3600);
    assertThat(rules.get("MAX_ALLOWED_TO_EDIT_WORK_TIME").asLong()).isEqualTo(15 * 60);
  }

  @Test
  void anyoneOfTheCompanyReadsAScheduleByItsNumberAndTheNumberStays() {
    JsonNode own = get("timeman.schedule.get", auth(fixedToken)).result();
    long id = own.get("ID").asLong();

    assertThat(get("timeman.schedule.get", auth(flexibleToken) + "&id=" + id).result())
        .isEqualTo(own);
    assertThat(postJson("timeman.schedule.get", managerToken, "{\"id\": " + id + "}").result())
        .isEqualTo(own);
    assertThat(get("timeman.schedule.get", auth(fixedToken)).result().get("ID").asLong())
        .isEqualTo(id);
  }

  @Test
  void flexibleHoursHaveNoShiftAndNoRestriction() {
    JsonNode schedule = get("timeman.schedule.get", auth(flexibleToken)).result();

    assertThat(schedule.get("SCHEDULE_TYPE").asText()).isEqualTo("FLEXTIME");
    assertThat(schedule.get("SHIFTS").isArray() && schedule.get("SHIFTS").isEmpty()).isTrue();
    JsonNode rules = schedule.get("SCHEDULE_VIOLATION_RULES");
    assertThat(rules.get("MAX_EXACT_START").asLong()).isEqualTo(-1);
    assertThat(rules.get("MIN_EXACT_END").asLong()).isEqualTo(-1);
    assertThat(rules.get("MIN_DAY_DURATION").asLong()).isEqualTo(-1);
    assertThat(schedule.get("ID").asLong())
        .isNotEqualTo(get("timeman.schedule.get", auth(fixedToken)).result().get("ID").asLong());
  }

  @Test
  void weekdaysWithDifferentShiftsAreShiftsOfTheirOwn() {
    Map<DayOfWeek, Shift> week = new EnumMap<>(DayOfWeek.class);
    Shift day = new Shift(LocalTime.of(8, 0), LocalTime.of(16, 30), Duration.ofMinutes(30));
    week.put(DayOfWeek.MONDAY, day);
    week.put(DayOfWeek.WEDNESDAY, day);
    week.put(DayOfWeek.SATURDAY, new Shift(LocalTime.of(22, 0), LocalTime.of(6, 0), Duration.ZERO));
    SchedulePolicy policy =
        new SchedulePolicy(
            new Schedule.FixedShifts(week),
            Option.none(),
            Option.none(),
            Option.none(),
            Duration.ofMinutes(5),
            false);
    engine.policies().define(asAdmin, policy).get();
    String number =
        engine
            .policies()
            .definedPolicies(asAdmin)
            .get()
            .filter(defined -> defined.policy().equals(policy))
            .map(
                defined ->
                    Long.toString(engine.shortNumbers().numberOf(asAdmin, defined.id().value())))
            .head();

    JsonNode schedule = get("timeman.schedule.get", auth(fixedToken) + "&ID=" + number).result();

    JsonNode shifts = schedule.get("SHIFTS");
    assertThat(shifts.size()).isEqualTo(2);
    assertThat(shifts.get(0).get("WORK_DAYS").asText()).isEqualTo("13");
    assertThat(shifts.get(0).get("WORK_TIME_END").asLong()).isEqualTo(16 * 3600 + 1800);
    assertThat(shifts.get(0).get("BREAK_DURATION").asLong()).isEqualTo(1800);
    assertThat(shifts.get(1).get("WORK_DAYS").asText()).isEqualTo("6");
    assertThat(shifts.get(1).get("WORK_TIME_START").asLong()).isEqualTo(22 * 3600);
    assertThat(shifts.get(1).get("WORK_TIME_END").asLong()).isEqualTo(6 * 3600);
    JsonNode rules = schedule.get("SCHEDULE_VIOLATION_RULES");
    assertThat(rules.get("MAX_EXACT_START").asLong()).isEqualTo(-1);
    assertThat(rules.get("MAX_ALLOWED_TO_EDIT_WORK_TIME").asLong()).isEqualTo(300);
  }

  @Test
  void aNumberOfNoScheduleIsAnEmptyListAsTheVendorsIs() {
    JsonNode nothing = get("timeman.schedule.get", auth(fixedToken) + "&id=999999").result();
    assertThat(nothing.isArray() && nothing.isEmpty()).isTrue();

    // An employee's number is not a schedule's.
    long employee = engine.shortNumbers().numberOf(asAdmin, fixed.id().value());
    JsonNode other = get("timeman.schedule.get", auth(fixedToken) + "&id=" + employee).result();
    assertThat(other.isArray() && other.isEmpty()).isTrue();
  }

  @Test
  void anIdThatIsNoNumberIsAnArgumentError() {
    get("timeman.schedule.get", auth(fixedToken) + "&id=abc").isError(400, "ERROR_ARGUMENT");
    postJson("timeman.schedule.get", fixedToken, "{\"id\": [1]}").isError(400, "ERROR_ARGUMENT");
    postJson("timeman.schedule.get", fixedToken, "{\"id\": 0}").isError(400, "ERROR_ARGUMENT");
  }

  @Test
  void inABatchAsAlone() {
    JsonNode own = get("timeman.schedule.get", auth(fixedToken)).result();
    JsonNode batch =
        postJson(
                "batch",
                fixedToken,
                "{\"cmd\": {\"s\": \"timeman.schedule.get?id=" + own.get("ID").asLong() + "\"}}")
            .result();

    assertThat(batch.get("result").get("s")).isEqualTo(own);
  }
}
