package org.minhu.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minhu.directory.UnitKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Scores a month as it stood at a moment ({@link ScoringSql}), filtered, ordered and paged by SQL. */
@Component
class MonthlyScores {

    /** Which rows: a peer group and a district asked for, the caller's scope, a page. */
    record Filter(UnitKind group, String district, UnitKind scopeGroup, String scopeDistrict, String unit, int page,
                  int size) {

        /** Every row. */
        static Filter all() {
            return new Filter(null, null, null, null, null, 0, 1);
        }

        /** The filter as SQL over rows {@code s} whose unit code is {@code code}; parameters by {@link #params}. */
        static String where(String code) {
            return "WHERE (CAST(:group AS varchar) IS NULL OR s.peer_group = :group)"
                    + " AND (CAST(:district AS varchar) IS NULL OR s.district_code = :district)"
                    + " AND (CAST(:scopeGroup AS varchar) IS NULL OR s.peer_group = :scopeGroup)"
                    + " AND (CAST(:scopeDistrict AS varchar) IS NULL OR s.district_code = :scopeDistrict)"
                    + " AND (CAST(:unit AS varchar) IS NULL OR " + code + " = :unit)";
        }

        /** The parameters of {@link #where}, with the page's limit and offset. */
        java.util.Map<String, Object> params() {
            java.util.Map<String, Object> p = new java.util.HashMap<>();
            p.put("group", group == null ? null : group.name());
            p.put("district", district);
            p.put("scopeGroup", scopeGroup == null ? null : scopeGroup.name());
            p.put("scopeDistrict", scopeDistrict);
            p.put("unit", unit);
            p.put("limit", size);
            p.put("offset", (long) page * size);
            return p;
        }
    }

    record Result(List<UnitScore> rows, long total) {

        /** A page of rows read by {@code row}, with the {@code total} column every row carries. */
        static Result of(JdbcClient.StatementSpec page, RowMapper row) {
            long[] total = {0};
            List<UnitScore> rows = page.query((rs, n) -> {
                total[0] = rs.getLong("total");
                return row.read(rs);
            }).list();
            return new Result(rows, total[0]);
        }
    }

    /** A unit's row from a result set. */
    interface RowMapper {
        UnitScore read(ResultSet rs) throws SQLException;
    }

    private static final String PAGE = "SELECT s.*, count(*) OVER () AS total FROM (" + ScoringSql.WITH_RANK_CHANGE + """
            ) s
            """ + Filter.where("s.code") + """
            ORDER BY s.peer_group, s.rank NULLS LAST, s.composite DESC NULLS LAST, s.code
            LIMIT :limit OFFSET :offset""";

    private final JdbcClient jdbc;
    private final ZoneId zone;

    MonthlyScores(JdbcClient jdbc, ZoneId cityZone) {
        this.jdbc = jdbc;
        this.zone = cityZone;
    }

    Result score(YearMonth month, Instant at, ScoringRule rule, Filter filter) {
        return Result.of(jdbc.sql(PAGE).params(params(month, at, rule, filter)), MonthlyScores::row);
    }

    /** The parameters of {@link ScoringSql} for a month as it stood at {@code at}; callers add their own. */
    Map<String, Object> params(YearMonth month, Instant at, ScoringRule rule, Filter f) {
        Map<String, Object> p = new HashMap<>();
        p.put("from", java.sql.Timestamp.from(month.atDay(1).atStartOfDay(zone).toInstant()));
        p.put("to", java.sql.Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()));
        p.put("fromDay", month.atDay(1));
        p.put("toDay", month.plusMonths(1).atDay(1));
        p.put("lastMonth", month.minusMonths(1).atDay(1));
        p.put("at", java.sql.Timestamp.from(at));
        p.put("alpha", rule.alpha());
        p.put("beta", rule.beta());
        p.put("minSample", rule.minSample());
        List<UnitKind> groups = List.copyOf(rule.weights().keySet());
        p.put("groups", groups.stream().map(Enum::name).toArray(String[]::new));
        p.put("wr", groups.stream().map(g -> rule.of(g).response()).toArray(java.math.BigDecimal[]::new));
        p.put("ws", groups.stream().map(g -> rule.of(g).resolution()).toArray(java.math.BigDecimal[]::new));
        p.put("wm", groups.stream().map(g -> rule.of(g).satisfaction()).toArray(java.math.BigDecimal[]::new));
        p.putAll(f.params());
        return p;
    }

    static UnitScore row(ResultSet rs) throws SQLException {
        return new UnitScore(rs.getString("code"), rs.getString("name"), UnitKind.valueOf(rs.getString("peer_group")),
                rs.getString("district_code"), rs.getLong("due"), rs.getLong("on_time"), rs.getLong("callbacks"),
                rs.getLong("yes"), rs.getLong("partly"), rs.getLong("sat"), rs.getLong("basic"),
                rate(rs, "response_rate"), rate(rs, "resolution_rate"), rate(rs, "satisfaction_rate"),
                rs.getBigDecimal("composite"), rs.getBigDecimal("direct"), rs.getBigDecimal("per10k"),
                rank(rs, "rank"), rank(rs, "district_rank"), rank(rs, "rank_change"),
                rs.getBoolean("small_sample"), rs.getLong("overdue"), rs.getLong("reopened"), rank(rs, "direct_rank"),
                rank(rs, "direct_district_rank"), rank(rs, "direct_rank_change"), rs.getLong("whistles_blown"),
                rs.getLong("reports_due"), rs.getLong("reports_on_time"));
    }

    private static Integer rank(ResultSet rs, String column) throws SQLException {
        long rank = rs.getLong(column);
        return rs.wasNull() ? null : (int) rank;
    }

    /** A rate to four places, as the counts give it exactly. */
    private static java.math.BigDecimal rate(ResultSet rs, String column) throws SQLException {
        java.math.BigDecimal rate = rs.getBigDecimal(column);
        return rate == null ? null : rate.setScale(4, java.math.RoundingMode.HALF_UP);
    }
}
