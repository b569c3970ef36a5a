package org.minhu.assessment;

import java.util.List;

/**
 * The lists the monthly review meeting reads beside the ranking: the governance list (治理类), the
 * streets and townships with the lowest composite citywide (the rules' {@code governanceSize},
 * ties kept) and the lowest three of each district; and the praise list: the communities and
 * villages with no request in the month, and those with a composite of 100.
 */
public record MonthLists(List<Entry> governance, List<Entry> governanceInDistricts, List<Entry> zeroRequests,
                         List<Entry> fullMarks) {

    /** A unit on a list, with its figure and its place on the list (ties share it). */
    public record Entry(String unitCode, String unitName, String group, String districtCode,
                        java.math.BigDecimal compositeScore, long requests, Integer place) {
    }
}
