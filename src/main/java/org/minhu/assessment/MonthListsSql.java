package org.minhu.assessment;

/**
 * The governance and praise lists over a month's rows ({@code src}: a published run's stored rows
 * or the live scores, as {@code code, name, peer_group, district_code, composite, small_sample,
 * requests}); the places by {@code RANK()}, lowest composite first. Parameters {@code size} (the
 * governance list's) and {@code district} (null: every district) besides the source's.
 */
final class MonthListsSql {

    private MonthListsSql() {
    }

    /** A published run's rows as the lists read them. Parameter {@code run}. */
    static final String PUBLISHED = """
            SELECT unit_code AS code, unit_name AS name, peer_group, district_code, composite, small_sample, requests
            FROM assessment_score WHERE run_id = :run""";

    /** The live scores as the lists read them; the parameters of {@link ScoringSql}. */
    static final String LIVE = "SELECT code, name, peer_group, district_code, composite, small_sample, requests FROM ("
            + ScoringSql.WITH_RANK_CHANGE + ") s";

    static String governance(String src) {
        return "SELECT * FROM (SELECT src.*, RANK() OVER (ORDER BY composite ASC) AS place FROM (" + src + ") src "
                + "WHERE peer_group IN ('SUBDISTRICT', 'TOWNSHIP') AND composite IS NOT NULL AND NOT small_sample) g "
                + "WHERE place <= :size ORDER BY place, code";
    }

    static String governanceInDistricts(String src) {
        return "SELECT * FROM (SELECT src.*, RANK() OVER (PARTITION BY district_code ORDER BY composite ASC) AS place "
                + "FROM (" + src + ") src WHERE peer_group IN ('SUBDISTRICT', 'TOWNSHIP') AND composite IS NOT NULL "
                + "AND NOT small_sample AND (CAST(:district AS varchar) IS NULL OR district_code = :district)) g "
                + "WHERE place <= 3 ORDER BY district_code, place, code";
    }

    static String zeroRequests(String src) {
        return communities(src, "requests = 0");
    }

    static String fullMarks(String src) {
        return communities(src, "composite = 100");
    }

    private static String communities(String src, String condition) {
        return "SELECT src.*, NULL::bigint AS place FROM (" + src + ") src WHERE peer_group = 'COMMUNITY' AND "
                + condition + " AND (CAST(:district AS varchar) IS NULL OR district_code = :district) "
                + "ORDER BY district_code, code";
    }
}
