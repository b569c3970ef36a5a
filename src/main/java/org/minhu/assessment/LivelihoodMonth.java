package org.minhu.assessment;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * 七有五性 for one district (or, {@code districtCode} null, the city) and month: the requests of
 * the month per livelihood dimension, as the monitor and the review pack read them.
 *
 * <p>A request is a ticket created in the month (city time) located in the district, not merged;
 * it counts for each dimension its category maps to under the mapping in force in that month (so a
 * request may count for two dimensions, and one without a mapped category for none).
 * {@code requests} and {@code requestsPer10k} are over all of them, mapped or not;
 * {@code population} is the directory's resident population (the city's: the centre's figure),
 * null when unknown, and then every per-10k figure is null.
 *
 * @param dimensions all twelve, 七有 then 五性, in their fixed order
 */
public record LivelihoodMonth(YearMonth month, String districtCode, String districtName, Integer population,
                              long requests, BigDecimal requestsPer10k, List<Dimension> dimensions) {

    /**
     * One dimension's month.
     *
     * @param family         {@code QIYOU} (七有) or {@code WUXING} (五性)
     * @param requestsPer10k requests ÷ population × 10,000, two decimals
     * @param lastMonth      against the month before
     * @param lastYear       against the same month a year before
     * @param units          the streets and townships where most of the month's requests lie, most
     *                       first (at most {@link Livelihood#TOP_UNITS}; ties by code); requests
     *                       located no finer than the district are in no unit
     */
    public record Dimension(String code, String family, String nameZh, String nameEn, long requests,
                            BigDecimal requestsPer10k, Change lastMonth, Change lastYear, List<UnitRequests> units) {
    }

    /**
     * The month against an earlier one, each counted with its own month's mapping.
     *
     * @param requests   the earlier month's requests of the dimension
     * @param difference this month's − the earlier month's
     * @param percent    the difference in % of the earlier month's, one decimal; null when that was 0
     */
    public record Change(long requests, long difference, BigDecimal percent) {
    }

    /** A street or township (or a township-level zone) and the month's requests of a dimension located in it. */
    public record UnitRequests(String unitCode, String unitName, long requests) {
    }
}
