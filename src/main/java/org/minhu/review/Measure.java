package org.minhu.review;

import java.math.BigDecimal;

/**
 * One measure a unit is ranked on in the review: 接诉即办's composite ({@code COMPOSITE}), its
 * direct score ({@code DIRECT}) or another indicator (its code): the value, the rank among
 * {@code ranked} peers (in the district, or citywide in a city pack), and the standing that gives.
 */
public record Measure(String code, String nameZh, String nameEn, boolean higherIsBetter, BigDecimal value,
                      Integer rank, int ranked, Standing standing) {

    public static final String COMPOSITE = "COMPOSITE";
    public static final String DIRECT = "DIRECT";

    static Measure of(String code, String nameZh, String nameEn, boolean higherIsBetter, BigDecimal value, Integer rank,
                      int ranked) {
        return new Measure(code, nameZh, nameEn, higherIsBetter, value, rank, ranked, Standing.of(rank, ranked));
    }

    boolean is12345() {
        return COMPOSITE.equals(code) || DIRECT.equals(code);
    }
}
