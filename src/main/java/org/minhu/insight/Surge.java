package org.minhu.insight;

/**
 * A category surging in a street or township ({@code level} {@code STREET}) or in a community
 * ({@code COMMUNITY}): {@code count} tickets in the week against a {@code weeklyMean} over the
 * weeks before, {@code z} deviations above it. {@code key} names it for the proactive ticket made
 * of it ({@code proactiveTicketId}, when one was).
 */
public record Surge(String level, String unitCode, String streetCode, String districtCode, String categoryCode,
                    long count, double weeklyMean, double z, String key, Long proactiveTicketId) {
}
