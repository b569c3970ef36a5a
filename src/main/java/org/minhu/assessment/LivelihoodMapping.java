package org.minhu.assessment;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * Which livelihood dimensions each leaf category maps to, as in force in {@code month}: the twelve
 * dimensions, and one entry per leaf category (by code).
 */
public record LivelihoodMapping(YearMonth month, List<Dimension> dimensions, List<Entry> categories) {

    /** A livelihood dimension; {@code family} is {@code QIYOU} (七有) or {@code WUXING} (五性). */
    public record Dimension(String code, String family, String nameZh, String nameEn) {
    }

    /**
     * A category's mapping: its dimensions (none: it concerns none), in force from
     * {@code effectiveFrom}, set by {@code changedBy} at {@code changedAt} (both null: the default).
     */
    public record Entry(String categoryCode, String categoryName, List<String> dimensions, YearMonth effectiveFrom,
                        String changedBy, Instant changedAt) {
    }
}
