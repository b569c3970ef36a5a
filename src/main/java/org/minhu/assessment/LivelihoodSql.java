package org.minhu.assessment;

/**
 * The 七有五性 month in one statement over the ticket module's {@code scoring_request} view: the
 * month, the month before and the same month a year before, each with the category mapping in
 * force in it; per dimension the three counts, the changes, the per-10k figure and the top
 * streets and townships by {@code row_number()}; one row per dimension, in the dimensions' order.
 *
 * <p>Parameters: {@code month} (its first day), {@code zone} (the city's, whose midnights bound the
 * months), {@code district} (null: the city), {@code population} (null: unknown), {@code top}.
 */
final class LivelihoodSql {

    private LivelihoodSql() {
    }

    static final String MONTH = """
            WITH period AS (
                SELECT p.name, p.first_day, CAST(p.first_day AS timestamp) AT TIME ZONE :zone AS from_at,
                       CAST(p.first_day + interval '1 month' AS timestamp) AT TIME ZONE :zone AS to_at
                FROM (VALUES ('month', CAST(:month AS date)),
                             ('lastMonth', CAST(CAST(:month AS date) - interval '1 month' AS date)),
                             ('lastYear', CAST(CAST(:month AS date) - interval '1 year' AS date))) AS p(name, first_day)),
            in_force AS (
                SELECT DISTINCT ON (p.name, m.category_code) p.name AS period, m.category_code, m.effective_month
                FROM period p JOIN livelihood_mapping m ON m.effective_month <= p.first_day
                ORDER BY p.name, m.category_code, m.effective_month DESC),
            mapped AS (
                SELECT f.period, f.category_code, d.dimension_code FROM in_force f
                JOIN livelihood_mapping_dimension d
                  ON d.category_code = f.category_code AND d.effective_month = f.effective_month),
            req AS (
                SELECT p.name AS period, q.category_code,
                       CASE WHEN u.kind IN ('SUBDISTRICT', 'TOWNSHIP') THEN u.code
                            WHEN u.kind = 'COMMUNITY' THEN u.parent_code END AS street
                FROM period p
                JOIN scoring_request q ON q.created_at >= p.from_at AND q.created_at < p.to_at
                LEFT JOIN unit u ON u.code = q.location_unit_code
                WHERE CAST(:district AS varchar) IS NULL OR q.district_code = :district),
            total AS (
                SELECT count(*) FILTER (WHERE period = 'month') AS requests FROM req),
            hit AS (
                SELECT r.period, m.dimension_code, r.street FROM req r
                JOIN mapped m ON m.period = r.period AND m.category_code = r.category_code),
            counted AS (
                SELECT dimension_code,
                       count(*) FILTER (WHERE period = 'month') AS requests,
                       count(*) FILTER (WHERE period = 'lastMonth') AS last_month,
                       count(*) FILTER (WHERE period = 'lastYear') AS last_year
                FROM hit GROUP BY dimension_code),
            streets AS (
                SELECT dimension_code, street, count(*) AS requests,
                       row_number() OVER (PARTITION BY dimension_code ORDER BY count(*) DESC, street) AS place
                FROM hit WHERE period = 'month' AND street IS NOT NULL GROUP BY dimension_code, street),
            top AS (
                SELECT s.dimension_code, array_agg(s.street ORDER BY s.place) AS codes,
                       array_agg(u.name ORDER BY s.place) AS names, array_agg(s.requests ORDER BY s.place) AS counts
                FROM streets s JOIN unit u ON u.code = s.street
                WHERE s.place <= :top GROUP BY s.dimension_code),
            figures AS (
                SELECT d.*, coalesce(c.requests, 0) AS requests, coalesce(c.last_month, 0) AS last_month,
                       coalesce(c.last_year, 0) AS last_year
                FROM livelihood_dimension d LEFT JOIN counted c ON c.dimension_code = d.code)
            SELECT f.code, f.family, f.name_zh, f.name_en, f.requests, f.last_month, f.last_year,
                   f.requests - f.last_month AS last_month_diff, f.requests - f.last_year AS last_year_diff,
                   round(f.requests * 10000.0 / nullif(CAST(:population AS numeric), 0), 2) AS per10k,
                   round(100.0 * (f.requests - f.last_month) / nullif(f.last_month, 0), 1) AS last_month_pct,
                   round(100.0 * (f.requests - f.last_year) / nullif(f.last_year, 0), 1) AS last_year_pct,
                   t.codes, t.names, t.counts, total.requests AS total,
                   round(total.requests * 10000.0 / nullif(CAST(:population AS numeric), 0), 2) AS total_per10k
            FROM figures f CROSS JOIN total LEFT JOIN top t ON t.dimension_code = f.code
            ORDER BY f.position""";
}
