package org.worktime.adapters.rest.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a constraint annotation that checks a date-time's text: its violations are {@link
 * Violation.Kind#TIME}, which the dialects answer with their own date-time error codes (Bitrix
 * {@code WRONG_DATETIME_FORMAT}, TheBase {@code invalid_start_time}, Staffomatic {@code
 * invalid_time}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.ANNOTATION_TYPE)
public @interface TimeFormat {}
