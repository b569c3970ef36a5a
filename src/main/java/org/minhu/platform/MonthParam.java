package org.minhu.platform;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** A month as the API and the console take it in a path or a parameter: {@code yyyy-MM}. */
public final class MonthParam {

    private MonthParam() {
    }

    /**
     * The month, four-digit year from 2000 (the database's dates and the calendar begin there; a
     * year 0000 or -0001 would reach PostgreSQL otherwise), or a 400 {@code INVALID_PARAMETER}
     * (reason {@code month}) that names the field.
     */
    public static YearMonth parse(String text, String field) {
        String month = text == null ? "" : text.strip();
        if (month.matches("[0-9]{4}-[0-9]{2}")) {
            try {
                YearMonth parsed = YearMonth.parse(month);
                if (parsed.getYear() >= 2000) {
                    return parsed;
                }
            } catch (DateTimeParseException e) {
                // 2026-13: refused below
            }
        }
        throw MinhuException.invalid("INVALID_PARAMETER", "month",
                "\"" + Values.shown(text) + "\" is not a month: write it yyyy-MM, like 2026-03",
                Map.of("field", field, "value", Values.shown(text)));
    }
}
