package org.worktime.domain.compliance;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Duration;
import java.util.Objects;
import org.worktime.domain.compliance.Violation.BreakTooShort;
import org.worktime.domain.time.Interval;

/**
 * Breaks required by the net time worked on a day; by default the German Working Time Act
 * (Arbeitszeitgesetz, ArbZG) §4: more than 6 h of work need at least 30 min of breaks, more than 9
 * h at least 45 min.
 *
 * <p>Contract: for each day, the requirement is the largest {@link Step#breakRequired()} of the
 * steps whose {@link Step#netWorkedOver()} the day's {@link WorkedDay#netWorked()} strictly exceeds
 * ("mehr als sechs Stunden"): exactly 6 h 00 min need no break, 6 h 00 min 01 s do. The requirement
 * therefore never falls as net time grows. A day whose counted breaks are shorter reports a {@link
 * BreakTooShort}.
 *
 * <p>Counted breaks: §4 sentence 2 lets the breaks be split into parts of at least 15 minutes each;
 * a shorter pause is no rest break in the sense of the act, so it does not count toward the
 * requirement ({@code shortestCountedBreak}, 15 min by default). Breaks that touch end to start are
 * one pause to the person taking them (a break recorded in two pieces), so they are joined before
 * the length is judged.
 *
 * <p>Net time is {@link WorkedDay#netWorked()}: elapsed minus all recorded breaks, short ones
 * included. Not checked here: §4 sentence 3 (no more than 6 h in a row without a break) and that
 * breaks are fixed in advance.
 */
public record MinimumBreaks(String name, Seq<Step> steps, Duration shortestCountedBreak)
    implements ComplianceRule {

  public static final String ARBZG_NAME = "ArbZG §4 breaks";

  public static final Duration ARBZG_SHORTEST_COUNTED_BREAK = Duration.ofMinutes(15);

  /** Net work strictly over {@code netWorkedOver} needs at least {@code breakRequired}. */
  public record Step(Duration netWorkedOver, Duration breakRequired) {
    public Step {
      Durations.requireNonNegative(netWorkedOver, "netWorkedOver");
      Durations.requireNonNegative(breakRequired, "breakRequired");
    }
  }

  public MinimumBreaks {
    Objects.requireNonNull(name, "name");
    steps = List.ofAll(Objects.requireNonNull(steps, "steps"));
    steps.forEach(step -> Objects.requireNonNull(step, "step"));
    Durations.requireNonNegative(shortestCountedBreak, "shortestCountedBreak");
  }

  /** ArbZG §4 with breaks of at least 15 minutes counted. */
  public static MinimumBreaks arbZG() {
    return arbZG(ARBZG_SHORTEST_COUNTED_BREAK);
  }

  /** ArbZG §4's steps with another shortest counted break (e.g. a collective agreement's). */
  public static MinimumBreaks arbZG(Duration shortestCountedBreak) {
    return new MinimumBreaks(
        ARBZG_NAME,
        List.of(
            new Step(Duration.ofHours(6), Duration.ofMinutes(30)),
            new Step(Duration.ofHours(9), Duration.ofMinutes(45))),
        shortestCountedBreak);
  }

  /** The breaks that {@code netWorked} requires; zero when no step is exceeded. */
  public Duration requiredFor(Duration netWorked) {
    return steps
        .filter(step -> netWorked.compareTo(step.netWorkedOver()) > 0)
        .map(Step::breakRequired)
        .fold(Duration.ZERO, Durations::max);
  }

  /** The day's breaks that count: touching pieces joined, then those long enough summed. */
  public Duration countedBreakTime(WorkedDay day) {
    return joinTouching(day.breaks())
        .map(Interval::duration)
        .filter(length -> length.compareTo(shortestCountedBreak) >= 0)
        .fold(Duration.ZERO, Duration::plus);
  }

  @Override
  public Seq<Violation> inspect(Seq<WorkedDay> days) {
    return days.sortBy(day -> day.span().start())
        .flatMap(
            day -> {
              Duration net = day.netWorked();
              Duration required = requiredFor(net);
              Duration taken = countedBreakTime(day);
              return taken.compareTo(required) < 0
                  ? List.<Violation>of(new BreakTooShort(name, day.date(), net, taken, required))
                  : List.<Violation>empty();
            });
  }

  private static Seq<Interval> joinTouching(Seq<Interval> sortedBreaks) {
    return sortedBreaks
        .foldLeft(
            List.<Interval>empty(),
            (joined, next) ->
                joined.headOption().exists(last -> last.end().equals(next.start()))
                    ? joined.tail().prepend(new Interval(joined.head().start(), next.end()))
                    : joined.prepend(next))
        .reverse();
  }
}
