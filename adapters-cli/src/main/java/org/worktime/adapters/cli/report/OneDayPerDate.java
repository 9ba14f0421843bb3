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
            .map(pair -> new Interval(pair._1.span().end(), pair._2.span().start()))
            .filter(gap -> !gap.isEmpty());
    Seq<Interval> breaks = sameDate.flatMap(WorkedDay::breaks).appendAll(gaps);
    Interval span =
        new Interval(
            first.span().start(),
            sameDate.map(day -> day.span().end()).max().getOrElse(first.span().end()));
    return new WorkedDay(date, first.zone(), span, List.ofAll(breaks));
  }
}
