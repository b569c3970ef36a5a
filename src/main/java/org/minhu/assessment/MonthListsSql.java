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

    /**
     * The four lists in one statement over the source, scored once: each row with its {@code list}
     * ({@code governance}, {@code district}, {@code zero}, {@code full}), ordered within each.
     */
    static String lists(String src) {
        String inDistrict = " AND (CAST(:district AS varchar) IS NULL OR district_code = :district)";
        return "WITH src AS MATERIALIZED (" + src + "), streets AS (SELECT * FROM src WHERE peer_group IN "
                + "('SUBDISTRICT', 'TOWNSHIP') AND composite IS NOT NULL AND NOT small_sample) "
                + "SELECT * FROM (SELECT * FROM (SELECT 'governance' AS list, s.*, RANK() OVER (ORDER BY composite ASC) AS place "
                + "FROM streets s) g WHERE place <= :size "
                + "UNION ALL SELECT * FROM (SELECT 'district' AS list, s.*, RANK() OVER (PARTITION BY district_code "
                + "ORDER BY composite ASC) AS place FROM streets s WHERE true" + inDistrict + ") d WHERE place <= 3 "
                + "UNION ALL SELECT 'zero', s.*, NULL FROM src s WHERE peer_group = 'COMMUNITY' AND requests = 0" + inDistrict
                + " UNION ALL SELECT 'full', s.*, NULL FROM src s WHERE peer_group = 'COMMUNITY' AND composite = 100" + inDistrict
                + ") lists ORDER BY list, CASE WHEN list = 'governance' THEN NULL ELSE district_code END, place NULLS LAST, code";
    }
}
