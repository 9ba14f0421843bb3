package org.worktime.adapters.cli.report;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import org.worktime.domain.compliance.WorkedDay;
import org.worktime.domain.time.Interval;

/**
 * The compliance rules judge one daily working time per date: a split shift (two workdays started
 * on one date) is one {@link WorkedDay} whose gap is a break, as {@code WorkedDay} asks of its
 * callers. This joins the days of one employee that started on the same local date.
 */
final class OneDayPerDate {

  private OneDayPerDate() {}

  /** One day per date, in date order; the days of one employee never overlap. */
  static Seq<WorkedDay> join(Seq<WorkedDay> days) {
    return days.groupBy(WorkedDay::date)
        .toList()
        .sortBy(group -> group._1)
        .map(group -> joined(group._1, group._2.sortBy(day -> day.span().start())));
  }

  private static WorkedDay joined(LocalDate date, Seq<WorkedDay> sameDate) {
    if (sameDate.size() == 1) {
      return sameDate.head();
    }
    WorkedDay first = sameDate.head();
    Seq<Interval> gaps =
        sameDate
            .zip(sameDate.tail())
            .filter(pair -> pair._2.span().start().isAfter(pair._1.span().end()))
            .map(pair -> new Interval(pair._1.span().end(), pair._2.span().start()));
    Seq<Interval> breaks = sameDate.flatMap(WorkedDay::breaks).appendAll(gaps);
    Interval span =
        new Interval(
            first.span().start(),
            sameDate.map(day -> day.span().end()).max().getOrElse(first.span().end()));
    return new WorkedDay(date, first.zone(), span, union(breaks));
  }

  /**
   * The breaks as stretches that do not overlap. Recorded days never overlap, but rounded ones may
   * touch or cross by a grid step (a day ending at 23:53 shows until 00:00, the next one, started
   * at 23:54, from 23:45): their breaks then merge instead of breaking {@code WorkedDay}'s rule.
   */
  private static Seq<Interval> union(Seq<Interval> breaks) {
    return breaks
        .sortBy(Interval::start)
        .foldLeft(
            List.<Interval>empty(),
            (merged, next) ->
                merged.headOption().exists(last -> !next.start().isAfter(last.end()))
                    ? merged
                        .tail()
                        .prepend(
                            new Interval(
                                merged.head().start(),
                                next.end().isAfter(merged.head().end())
                                    ? next.end()
                                    : merged.head().end()))
                    : merged.prepend(next))
        .reverse();
  }
}
