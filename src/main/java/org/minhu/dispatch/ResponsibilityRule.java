package org.minhu.dispatch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One row of the responsibility list (权责清单): from {@code effectiveFrom} on, a leaf category is
 * led by the street or township of the place ({@code PLACE}), by a named department or utility
 * ({@code UNIT}, {@code leadUnitCode}), or answered by the centre ({@code CENTER}); the units in
 * {@code assistUnitCodes} assist, and with {@code assistPlace} the place's street assists too.
 */
public record ResponsibilityRule(String categoryCode, LocalDate effectiveFrom, Lead lead, String leadUnitCode,
                                 List<String> assistUnitCodes, boolean assistPlace, String changedBy,
                                 Instant changedAt) {

    /** Who leads a category. */
    public enum Lead { PLACE, UNIT, CENTER }
}
