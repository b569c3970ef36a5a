package org.minhu.assessment;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The top categories of the requests located in each street and township of a month (a request in
 * a community counts for the community's street), from the ticket module's {@code scoring_request}.
 */
@Component
class RequestCategories {

    private static final String TOP = """
            WITH located AS (
                SELECT CASE WHEN u.kind = 'COMMUNITY' THEN u.parent_code ELSE u.code END AS unit_code, q.category_code
                FROM scoring_request q JOIN unit u ON u.code = q.location_unit_code
                WHERE q.created_at >= :from AND q.created_at < :to AND q.category_code IS NOT NULL
                  AND (CAST(:district AS varchar) IS NULL OR u.district_code = :district)),
            counted AS (
                SELECT l.unit_code, l.category_code, count(*) AS requests,
                       ROW_NUMBER() OVER (PARTITION BY l.unit_code ORDER BY count(*) DESC, l.category_code) AS place
                FROM located l JOIN unit s ON s.code = l.unit_code AND s.kind IN ('SUBDISTRICT', 'TOWNSHIP')
                GROUP BY l.unit_code, l.category_code)
            SELECT * FROM counted WHERE place <= :limit ORDER BY unit_code, place""";

    private final JdbcClient jdbc;
    private final ZoneId zone;

    RequestCategories(JdbcClient jdbc, ZoneId cityZone) {
        this.jdbc = jdbc;
        this.zone = cityZone;
    }

    /** The {@code limit} most frequent categories of each street and township (of the district; null: all). */
    List<CategoryCount> top(YearMonth month, String district, int limit) {
        return jdbc.sql(TOP)
                .param("from", Timestamp.from(month.atDay(1).atStartOfDay(zone).toInstant()))
                .param("to", Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()))
                .param("district", district).param("limit", limit)
                .query((rs, n) -> new CategoryCount(rs.getString("unit_code"), rs.getString("category_code"),
                        rs.getLong("requests"), rs.getInt("place"))).list();
    }
}
