package org.worktime.domain.policy;

import static org.quicktheories.QuickTheory.qt;

import io.vavr.control.Option;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;
import org.worktime.domain.place.Origin;
import org.worktime.domain.place.SourceType;
import org.worktime.domain.time.Punch;

class SchedulePolicyProperties {

  private static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("Europe/Berlin"),
          ZoneId.of("America/New_York"),
          ZoneId.of("Asia/Jerusalem"),
          ZoneId.of("Australia/Lord_Howe"),
          ZoneId.of("Pacific/Chatham"),
          ZoneId.of("America/Sao_Paulo"),
          ZoneId.of("America/Havana"),
          ZoneId.of("America/St_Johns"),
          ZoneOffset.UTC,
          ZoneOffset.ofHoursMinutes(5, 30));

  private static final long YEAR_2000 = Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();
  private static final long YEAR_2040 = Instant.parse("2040-01-01T00:00:00Z").getEpochSecond();
  private static final long TWO_DAYS = 2 * 86_400;

  private static final Gen<ZoneId> ZONE = Generate.pick(ZONES);

  /** Anywhere in 2000..2040. */
  private static final Gen<Long> ANY_SECOND = SourceDSL.longs().between(YEAR_2000, YEAR_2040);

  /** Starts anywhere, and half of them within two days of one of the zone's clock changes. */
  private static final Gen<Punch> STARTS =
      ZONE.zip(
          ANY_SECOND,
          SourceDSL.longs().between(-TWO_DAYS, TWO_DAYS),
          SourceDSL.booleans().all(),
          (zone, second, offset, nearTransition) -> {
            Instant instant = Instant.ofEpochSecond(second);
            if (nearTransition) {
              ZoneOffsetTransition next = zone.getRules().nextTransition(instant);
              if (next != null) {
                instant = next.getInstant().plusSeconds(offset);
              }
            }
            return Punch.live(instant, zone, Origin.of(SourceType.WEB));
          });

  private static final Gen<SchedulePolicy> FLEXIBLE_POLICIES =
      SourceDSL.integers()
          .between(1, 3)
          .map(
              (Integer days) ->
                  new SchedulePolicy(
                      new Schedule.FlexibleHours(days),
                      Option.none(),
                      Option.none(),
                      Option.none(),
                      SchedulePolicy.DEFAULT_ALLOWED_DELTA,
                      true));

  /** Fixed shifts on a random set of weekdays, at quarter-hours, day and night shifts alike. */
  private static final Gen<SchedulePolicy> FIXED_POLICIES =
      SourceDSL.longs().all().map((Long seed) -> fixedPolicy(new SplittableRandom(seed)));

  private static final Gen<SchedulePolicy> POLICIES = FLEXIBLE_POLICIES.mix(FIXED_POLICIES);

  private static SchedulePolicy fixedPolicy(SplittableRandom random) {
    Map<DayOfWeek, Shift> shifts = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (random.nextInt(3) > 0) {
        LocalTime start = LocalTime.MIDNIGHT.plusMinutes(15L * random.nextInt(96));
        LocalTime end = LocalTime.MIDNIGHT.plusMinutes(15L * random.nextInt(96));
        shifts.put(day, new Shift(start, end, Duration.ofMinutes(30)));
      }
    }
    if (shifts.isEmpty()) {
      shifts.put(
          DayOfWeek.MONDAY, new Shift(LocalTime.of(9, 0), LocalTime.of(17, 0), Duration.ZERO));
    }
    return new SchedulePolicy(
        new Schedule.FixedShifts(shifts),
        Option.none(),
        Option.none(),
        Option.none(),
        SchedulePolicy.DEFAULT_ALLOWED_DELTA,
        false);
  }

  /** A local midnight, or the first instant of that date when the clocks skipped its midnight. */
  private static boolean isTheStartOf(LocalDate date, Instant instant, ZoneId zone) {
    ZonedDateTime local = instant.atZone(zone);
    LocalDateTime midnight = date.atStartOfDay();
    if (zone.getRules().getValidOffsets(midnight).isEmpty()) {
      return instant.equals(zone.getRules().getTransition(midnight).getInstant());
    }
    return local.toLocalDateTime().equals(midnight);
  }

  @Test
  void anUnclosedDayExpiresStrictlyAfterItStarted() {
    qt().forAll(STARTS, POLICIES)
        .check((start, policy) -> policy.expiresAt(start).isAfter(start.at()));
  }

  @Test
  void onFlexibleHoursADayExpiresWhenTheNthLocalDateAfterItsStartBegins() {
    qt().forAll(STARTS, SourceDSL.integers().between(1, 3))
        .check(
            (start, days) -> {
              Instant expiry =
                  new SchedulePolicy(
                          new Schedule.FlexibleHours(days),
                          Option.none(),
                          Option.none(),
                          Option.none(),
                          Duration.ZERO,
                          true)
                      .expiresAt(start);
              return isTheStartOf(start.localDate().plusDays(days), expiry, start.zone());
            });
  }

  @Test
  void aFixedScheduleDayExpiresNoLaterThanAWeekAndAHalfAfterItStarted() {
    qt().forAll(STARTS, FIXED_POLICIES)
        .check(
            (start, policy) ->
                !policy.expiresAt(start).isAfter(start.at().plus(Duration.ofDays(9))));
  }

  @Test
  void theSuggestedCloseTimeIsAfterTheStart() {
    qt().forAll(STARTS, POLICIES)
        .check((start, policy) -> policy.suggestedClose(start).isAfter(start.at()));
  }

  @Test
  void theSuggestedCloseTimeIsTheShiftEndOrNineHoursLater() {
    qt().forAll(STARTS, POLICIES)
        .check(
            (start, policy) -> {
              Instant close = policy.suggestedClose(start);
              return close.equals(start.at().plus(SchedulePolicy.DEFAULT_DAY_LENGTH))
                  || policy
                      .shiftOn(start.localDate())
                      .map(shift -> shift.endOn(start.localDate(), start.zone()).toInstant())
                      .filter(close::equals)
                      .isPresent();
            });
  }

  @Test
  void needingApprovalIsSymmetricInTime() {
    qt().forAll(ANY_SECOND, SourceDSL.longs().between(-3_600, 3_600), POLICIES)
        .check(
            (now, offset, policy) -> {
              Instant a = Instant.ofEpochSecond(now);
              Instant b = a.plusSeconds(offset);
              return policy.needsApproval(a, b) == policy.needsApproval(b, a)
                  && policy.needsApproval(a, b) == (Math.abs(offset) > 15 * 60);
            });
  }
}
