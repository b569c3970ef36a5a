package org.minhu.platform;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** A month as the API and the console take it in a path or a parameter: {@code yyyy-MM}. */
public final class MonthParam {

    private MonthParam() {
    }

    /** The month, or a 400 {@code INVALID_PARAMETER} (reason {@code month}) that names the field. */
    public static YearMonth parse(String text, String field) {
        try {
            return YearMonth.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw MinhuException.invalid("INVALID_PARAMETER", "month", "A month is written yyyy-MM, like 2026-03",
                    Map.of("field", field));
        }
    }
}
