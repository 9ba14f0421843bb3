package org.worktime.adapters.rest.bitrix;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Pattern;

/**
 * The input of {@code timeman.pause}, {@code timeman.status} and {@code timeman.settings}: whose
 * day, {@code USER_ID}, the caller's by default. Bitrix's weak typing holds: the number may come as
 * a JSON number or as text, surrounded by spaces.
 */
record TimemanUser(
    @JsonProperty(Subject.USER_ID)
        @Pattern(regexp = Subject.USER_NUMBER, message = Subject.USER_NUMBER_MESSAGE)
        String userId)
    implements Subject {}
