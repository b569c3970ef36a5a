package org.minhu.ticket;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.minhu.platform.MinhuException;

/** A time a request gives as a date ({@code 2026-12-07}, in the city's zone) or an ISO date-time with offset. */
public final class TimeParam {

    private TimeParam() {
    }

    /** The start of the day given, or the date-time; null when absent; 400 {@code INVALID_PARAMETER} when neither. */
    public static Instant start(String value, ZoneId zone, String name) {
        return parse(value, zone, name, false);
    }

    /** The end of the day given (a deadline "by 12-09" runs through that day), or the date-time. */
    public static Instant end(String value, ZoneId zone, String name) {
        return parse(value, zone, name, true);
    }

    private static Instant parse(String value, ZoneId zone, String name, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw MinhuException.invalid("INVALID_PARAMETER", "bad-time",
                    name + " is a date (2026-12-07) or an ISO date-time with offset", Map.of("parameter", name));
        }
    }
}
