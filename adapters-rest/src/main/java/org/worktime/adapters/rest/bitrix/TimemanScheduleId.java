package org.worktime.adapters.rest.bitrix;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.vavr.control.Option;
import jakarta.validation.constraints.Pattern;

/**
 * The input of {@code timeman.schedule.get}: the schedule's number {@code id}, as a JSON number or
 * text; without it, the caller's own schedule.
 */
record TimemanScheduleId(
    @JsonProperty("id")
        @Pattern(regexp = Subject.USER_NUMBER, message = "must be a schedule's number, e.g. 1")
        String id) {

  Option<Long> number() {
    return Option.of(id).map(text -> Long.parseLong(text.trim()));
  }
}
