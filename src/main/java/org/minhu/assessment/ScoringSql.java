package org.minhu.assessment;

/**
 * One month scored in one statement over the ticket module's read model ({@code scoring_*}
 * views): the counts behind every rate per unit, the rates, the composite and direct scores with
 * the weights of the unit's peer group (missing rates left out and the rest rescaled), and the
 * ranks by {@code RANK()} among the units with a score and enough callbacks. Streets, townships,
 * departments, utilities and the centre are scored over their own assignments and the callbacks
 * of the tickets they led; a district over all assignments of units in it and the tickets they
 * led; a community over the tickets located in it.
 *
 * <p>Parameters: {@code from}, {@code to} (the month), {@code at} (the moment scored), {@code alpha},
 * {@code fromDay}, {@code toDay} (the month's first day and the next month's), {@code beta},
 * {@code minSample} and the weights as arrays
 * {@code groups}, {@code wr}, {@code ws}, {@code wm}.
 */
final class ScoringSql {

    private ScoringSql() {
    }

    /**
     * 100 × the weighted rates whose prefix is given, rounded to two places; a missing rate is left
     * out and the other weights rescaled to sum to 1; no rate at all: null.
     */
    private static String score(String prefix) {
        String r = prefix + "response_rate";
        String s = prefix + "resolution_rate";
        String m = prefix + "satisfaction_rate";
        return "round(100 * (coalesce(wr * " + r + ", 0) + coalesce(ws * " + s + ", 0) + coalesce(wm * " + m + ", 0))"
                + " / nullif(CASE WHEN " + r + " IS NULL THEN 0 ELSE wr END + CASE WHEN " + s + " IS NULL THEN 0 ELSE ws END"
                + " + CASE WHEN " + m + " IS NULL THEN 0 ELSE wm END, 0), 2)";
    }

    static final String SCORES = """
            WITH w AS (
                SELECT * FROM unnest(CAST(:groups AS varchar[]), CAST(:wr AS numeric[]), CAST(:ws AS numeric[]),
                                     CAST(:wm AS numeric[])) AS w(peer_group, wr, ws, wm)),
            units AS (
                SELECT u.code, u.name, u.kind, u.district_code, u.population FROM unit u
                WHERE u.valid_from < CAST(:toDay AS date) AND (u.valid_to IS NULL OR u.valid_to > CAST(:fromDay AS date))),
            resp AS (
                SELECT a.* FROM scoring_assignment a
                WHERE a.dispatched_at >= :from AND a.dispatched_at < :to AND a.dispatched_at <= :at
                  AND (a.exempt_from IS NULL OR a.exempt_from > :at)),
            resp_keyed AS (
                SELECT r.unit_code AS score_unit, r.* FROM resp r JOIN units u ON u.code = r.unit_code AND u.kind <> 'DISTRICT'
                UNION ALL
                SELECT r.district_code, r.* FROM resp r WHERE r.district_code IS NOT NULL
                UNION ALL
                SELECT r.location_unit_code, r.* FROM resp r
                JOIN units u ON u.code = r.location_unit_code AND u.kind = 'COMMUNITY'),
            r AS (
                SELECT score_unit,
                       count(*) FILTER (WHERE responded_at <= :at OR respond_due_at <= :at) AS due,
                       count(*) FILTER (WHERE responded_at <= :at AND responded_at <= respond_due_at) AS on_time,
                       count(*) FILTER (WHERE route = 'DIRECT' AND (responded_at <= :at OR respond_due_at <= :at)) AS d_due,
                       count(*) FILTER (WHERE route = 'DIRECT' AND responded_at <= :at
                                        AND responded_at <= respond_due_at) AS d_on_time,
                       count(*) FILTER (WHERE breached) AS overdue
                FROM resp_keyed GROUP BY score_unit),
            cb_month AS (
                SELECT DISTINCT ON (c.ticket_id) c.* FROM scoring_callback c
                WHERE c.recorded_at >= :from AND c.recorded_at < :to AND c.recorded_at <= :at
                ORDER BY c.ticket_id, c.recorded_at DESC, c.callback_id DESC),
            cb AS (
                SELECT c.*, coalesce(c.lead_unit_code, (SELECT code FROM units WHERE kind = 'CENTER' LIMIT 1)) AS own_unit
                FROM cb_month c
                WHERE NOT c.unreachable AND (c.exempt_from IS NULL OR c.exempt_from > :at)
                  AND NOT EXISTS (SELECT 1 FROM scoring_callback later WHERE later.ticket_id = c.ticket_id
                                  AND later.recorded_at > c.recorded_at AND later.recorded_at <= :at)),
            cb_keyed AS (
                SELECT c.own_unit AS score_unit, c.* FROM cb c JOIN units u ON u.code = c.own_unit AND u.kind <> 'DISTRICT'
                UNION ALL
                SELECT c.lead_district_code, c.* FROM cb c WHERE c.lead_district_code IS NOT NULL
                UNION ALL
                SELECT c.location_unit_code, c.* FROM cb c
                JOIN units u ON u.code = c.location_unit_code AND u.kind = 'COMMUNITY'),
            c AS (
                SELECT score_unit, count(*) AS callbacks,
                       count(*) FILTER (WHERE resolved = 'YES') AS yes,
                       count(*) FILTER (WHERE resolved = 'PARTLY') AS partly,
                       count(*) FILTER (WHERE satisfied = 'SATISFIED') AS sat,
                       count(*) FILTER (WHERE satisfied = 'BASICALLY') AS basic,
                       count(*) FILTER (WHERE lead_route = 'DIRECT') AS d_callbacks,
                       count(*) FILTER (WHERE lead_route = 'DIRECT' AND resolved = 'YES') AS d_yes,
                       count(*) FILTER (WHERE lead_route = 'DIRECT' AND resolved = 'PARTLY') AS d_partly,
                       count(*) FILTER (WHERE lead_route = 'DIRECT' AND satisfied = 'SATISFIED') AS d_sat,
                       count(*) FILTER (WHERE lead_route = 'DIRECT' AND satisfied = 'BASICALLY') AS d_basic,
                       count(*) FILTER (WHERE reopen_count > 0) AS reopened
                FROM cb_keyed GROUP BY score_unit),
            req AS (
                SELECT score_unit, count(*) AS requests FROM (
                    SELECT q.location_unit_code AS score_unit FROM scoring_request q
                    WHERE q.created_at >= :from AND q.created_at < :to AND q.created_at <= :at
                    UNION ALL
                    SELECT u.parent_code FROM scoring_request q JOIN unit u ON u.code = q.location_unit_code
                    WHERE u.kind = 'COMMUNITY' AND q.created_at >= :from AND q.created_at < :to AND q.created_at <= :at
                    UNION ALL
                    SELECT q.district_code FROM scoring_request q
                    WHERE q.district_code IS NOT NULL AND q.created_at >= :from AND q.created_at < :to AND q.created_at <= :at
                ) located GROUP BY score_unit),
            wh AS (
                SELECT unit_code AS score_unit, count(*) AS blown FROM scoring_whistle
                WHERE blown_at >= :from AND blown_at < :to AND blown_at <= :at GROUP BY unit_code),
            rep AS (
                SELECT unit_code AS score_unit,
                       count(*) FILTER (WHERE reported_at <= :at OR report_due_at <= :at) AS due,
                       count(*) FILTER (WHERE reported_at <= :at AND reported_at <= report_due_at) AS on_time
                FROM scoring_report_in WHERE report_due_at >= :from AND report_due_at < :to GROUP BY unit_code),
            rated AS (
                SELECT u.code, u.name, u.kind AS peer_group, u.district_code, u.population,
                       coalesce(r.due, 0) AS due, coalesce(r.on_time, 0) AS on_time,
                       coalesce(c.callbacks, 0) AS callbacks, coalesce(c.yes, 0) AS yes, coalesce(c.partly, 0) AS partly,
                       coalesce(c.sat, 0) AS sat, coalesce(c.basic, 0) AS basic,
                       coalesce(r.overdue, 0) AS overdue, coalesce(c.reopened, 0) AS reopened,
                       coalesce(q.requests, 0) AS requests, coalesce(wh.blown, 0) AS whistles_blown,
                       coalesce(rep.due, 0) AS reports_due, coalesce(rep.on_time, 0) AS reports_on_time,
                       r.on_time::numeric / nullif(r.due, 0) AS response_rate,
                       (c.yes + :alpha * c.partly) / nullif(c.callbacks, 0) AS resolution_rate,
                       (c.sat + :beta * c.basic) / nullif(c.callbacks, 0) AS satisfaction_rate,
                       r.d_on_time::numeric / nullif(r.d_due, 0) AS d_response_rate,
                       (c.d_yes + :alpha * c.d_partly) / nullif(c.d_callbacks, 0) AS d_resolution_rate,
                       (c.d_sat + :beta * c.d_basic) / nullif(c.d_callbacks, 0) AS d_satisfaction_rate,
                       w.wr, w.ws, w.wm
                FROM units u
                JOIN w ON w.peer_group = u.kind
                LEFT JOIN r ON r.score_unit = u.code
                LEFT JOIN c ON c.score_unit = u.code
                LEFT JOIN req q ON q.score_unit = u.code
                LEFT JOIN wh ON wh.score_unit = u.code
                LEFT JOIN rep ON rep.score_unit = u.code),
            scored AS (
                SELECT rated.*,
                       """ + score("") + """
                           AS composite,
                       """ + score("d_") + """
                           AS direct,
                       callbacks < :minSample AS small_sample
                FROM rated),
            ranked AS (
                SELECT scored.*,
                       (composite IS NOT NULL AND NOT small_sample AND peer_group <> 'CENTER') AS rankable,
                       (direct IS NOT NULL AND NOT small_sample AND peer_group <> 'CENTER') AS direct_rankable
                FROM scored)
            SELECT ranked.*,
                   CASE WHEN rankable THEN RANK() OVER (PARTITION BY peer_group, rankable ORDER BY composite DESC) END AS rank,
                   CASE WHEN rankable AND district_code IS NOT NULL
                        THEN RANK() OVER (PARTITION BY peer_group, district_code, rankable ORDER BY composite DESC) END
                       AS district_rank,
                   CASE WHEN direct_rankable THEN RANK() OVER (PARTITION BY peer_group, direct_rankable ORDER BY direct DESC)
                        END AS direct_rank,
                   CASE WHEN direct_rankable AND district_code IS NOT NULL
                        THEN RANK() OVER (PARTITION BY peer_group, district_code, direct_rankable ORDER BY direct DESC) END
                       AS direct_district_rank,
                   round(requests * 10000.0 / nullif(population, 0), 2) AS per10k
            FROM ranked
            """;

    /**
     * The scores with {@code rank_change}: last month's published rank minus this one, null when
     * the unit was not ranked in both; {@code direct_rank_change} likewise. Parameter {@code lastMonth}: last month's first day.
     */
    static final String WITH_RANK_CHANGE = "SELECT s.*, p.rank - s.rank AS rank_change, "
            + "p.direct_rank - s.direct_rank AS direct_rank_change FROM (" + SCORES + """
            ) s
            LEFT JOIN assessment_score p ON p.unit_code = s.code
                AND p.run_id = (SELECT id FROM assessment_run WHERE month = CAST(:lastMonth AS date) AND current)
            """;
}
