package org.minhu.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The governance and praise lists of a month, from its published run or, none yet, its live scores. */
@Component
class MonthListsQuery {

    private final JdbcClient jdbc;
    private final MonthlyScores scores;

    MonthListsQuery(JdbcClient jdbc, MonthlyScores scores) {
        this.jdbc = jdbc;
        this.scores = scores;
    }

    /** From the published {@code run} (its own governance-list size) or, null, the live scores with {@code rule}. */
    MonthLists lists(YearMonth month, PublishedScores.Run run, Instant at, ScoringRule rule, String district) {
        Map<String, Object> params = new HashMap<>();
        String src;
        if (run != null) {
            src = MonthListsSql.PUBLISHED;
            params.put("run", run.id());
            params.put("size", run.rules().governanceSize());
        } else {
            src = MonthListsSql.LIVE;
            params.putAll(scores.params(month, at, rule, MonthlyScores.Filter.all()));
            params.put("size", rule.governanceSize());
        }
        params.put("district", district);
        Map<String, List<MonthLists.Entry>> lists = new HashMap<>();
        jdbc.sql(MonthListsSql.lists(src)).params(params).query((rs, n) -> lists
                .computeIfAbsent(rs.getString("list"), list -> new java.util.ArrayList<>()).add(entry(rs))).list();
        return new MonthLists(lists.getOrDefault("governance", List.of()), lists.getOrDefault("district", List.of()),
                lists.getOrDefault("zero", List.of()), lists.getOrDefault("full", List.of()));
    }

    private static MonthLists.Entry entry(ResultSet rs) throws SQLException {
        long place = rs.getLong("place");
        Integer onList = rs.wasNull() ? null : (int) place; // a community's lists have no places
        return new MonthLists.Entry(rs.getString("code"), rs.getString("name"), rs.getString("peer_group"),
                rs.getString("district_code"), rs.getBigDecimal("composite"), rs.getLong("requests"), onList);
    }
}
