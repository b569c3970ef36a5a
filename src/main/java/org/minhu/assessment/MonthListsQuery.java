package org.minhu.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
        Function<String, List<MonthLists.Entry>> query = sql -> jdbc.sql(sql).params(params).query(MonthListsQuery::entry).list();
        return new MonthLists(query.apply(MonthListsSql.governance(src)), query.apply(MonthListsSql.governanceInDistricts(src)),
                query.apply(MonthListsSql.zeroRequests(src)), query.apply(MonthListsSql.fullMarks(src)));
    }

    private static MonthLists.Entry entry(ResultSet rs, int n) throws SQLException {
        long place = rs.getLong("place");
        return new MonthLists.Entry(rs.getString("code"), rs.getString("name"), rs.getString("peer_group"),
                rs.getString("district_code"), rs.getBigDecimal("composite"), rs.getLong("requests"),
                rs.wasNull() ? null : (int) place);
    }
}
