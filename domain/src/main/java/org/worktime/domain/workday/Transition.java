package org.worktime.domain.workday;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Objects;

/** The outcome of a legal action: the day's new state and the events that led to it. */
public record Transition<S extends Workday>(S workday, Seq<WorkdayEvent> events) {

  public Transition {
    Objects.requireNonNull(workday, "workday");
    Objects.requireNonNull(events, "events");
  }

  static <S extends Workday> Transition<S> of(S workday, WorkdayEvent... events) {
    return new Transition<>(workday, List.of(events));
  }
}
