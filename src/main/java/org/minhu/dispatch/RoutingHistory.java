package org.minhu.dispatch;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The units that led earlier tickets of the same category (of a category above the leaves: of any
 * under it) at the same place (the community, or the very same address) in the last year, most first, from the ticket module's
 * {@code routing_history} view. A unit's confidence is its share of those tickets, damped while
 * they are fewer than {@link #ENOUGH}.
 */
@Component
class RoutingHistory {

    static final int ENOUGH = 3;
    private static final Duration LOOK_BACK = Duration.ofDays(365);

    private final JdbcClient jdbc;
    private final Clock clock;

    RoutingHistory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Up to three units with their confidence; empty without categories (one and those under it) or a place. */
    List<ProposedUnit> handled(List<String> categories, String community, String address,
                               java.util.function.Function<String, String> names) {
        if (categories.isEmpty() || (community == null && (address == null || address.isBlank()))) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT unit_code, count(*) AS n, sum(count(*)) OVER () AS total FROM routing_history
                WHERE category_code = ANY(CAST(:c AS varchar[])) AND completed_at >= :since
                  AND (location_unit_code = :community OR md5(address) = md5(:address))
                GROUP BY unit_code ORDER BY n DESC, unit_code LIMIT 3""")
                .param("c", categories.toArray(String[]::new)).param("community", community).param("address", address == null ? "" : address.strip())
                .param("since", Timestamp.from(clock.instant().minus(LOOK_BACK)))
                .query((rs, i) -> {
                    long total = rs.getLong("total");
                    double share = rs.getLong("n") / (double) total * Math.min(1.0, total / (double) ENOUGH);
                    String unit = rs.getString("unit_code");
                    return new ProposedUnit(unit, names.apply(unit), "LEAD", Math.round(share * 1000) / 1000.0, "HISTORY");
                }).list();
    }
}
