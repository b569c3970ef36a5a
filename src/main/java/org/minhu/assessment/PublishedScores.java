package org.minhu.assessment;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.minhu.directory.UnitKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The published runs of a month and their stored rows, filtered, ordered and paged by SQL. */
@Component
class PublishedScores {

    /** One run: when it scored, who ran it and why, the rules it used, whether readers see it. */
    record Run(long id, YearMonth month, java.time.Instant scoredAt, String runBy, String reason, boolean current,
               AssessmentView.Rules rules, @com.fasterxml.jackson.annotation.JsonIgnore boolean preview) {
    }

    private static final String PAGE = """
            SELECT s.*, count(*) OVER () AS total FROM assessment_score s
            """ + MonthlyScores.Filter.where("s.unit_code") + """
              AND s.run_id = :run
            ORDER BY s.peer_group, s.rank NULLS LAST, s.composite DESC NULLS LAST, s.unit_code
            LIMIT :limit OFFSET :offset""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PublishedScores(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Run> current(YearMonth month) {
        return runs(month).stream().filter(Run::current).findFirst();
    }

    /** The latest preview run of the month, if one was scored. */
    Optional<Run> preview(YearMonth month) {
        return jdbc.sql("SELECT * FROM assessment_run WHERE month = :m AND preview ORDER BY id DESC LIMIT 1")
                .param("m", Date.valueOf(month.atDay(1))).query(this::run).optional();
    }

    /** Every published run of the month, the newest first. */
    List<Run> runs(YearMonth month) {
        return jdbc.sql("SELECT * FROM assessment_run WHERE month = :m AND NOT preview ORDER BY id DESC")
                .param("m", Date.valueOf(month.atDay(1))).query(this::run).list();
    }

    MonthlyScores.Result page(long run, MonthlyScores.Filter f) {
        var params = f.params();
        params.put("run", run);
        return MonthlyScores.Result.of(jdbc.sql(PAGE).params(params), PublishedScores::row);
    }

    private Run run(ResultSet rs, int n) throws SQLException {
        return new Run(rs.getLong("id"), YearMonth.from(rs.getDate("month").toLocalDate()),
                rs.getTimestamp("scored_at").toInstant(), rs.getString("run_by"), rs.getString("reason"),
                rs.getBoolean("current"), json.readValue(rs.getString("rules"), AssessmentView.Rules.class),
                rs.getBoolean("preview"));
    }

    /** The unit's rows of the months from {@code from} to {@code to} that were published, by month. */
    java.util.Map<YearMonth, UnitScore> history(String unit, YearMonth from, YearMonth to) {
        java.util.Map<YearMonth, UnitScore> months = new java.util.TreeMap<>();
        jdbc.sql("""
                SELECT r.month, s.* FROM assessment_run r JOIN assessment_score s ON s.run_id = r.id AND s.unit_code = :unit
                WHERE r.current AND r.month BETWEEN :from AND :to ORDER BY r.month""")
                .param("unit", unit).param("from", Date.valueOf(from.atDay(1))).param("to", Date.valueOf(to.atDay(1)))
                .query((rs, n) -> months.put(YearMonth.from(rs.getDate("month").toLocalDate()), row(rs))).list();
        return months;
    }

    /** The published rows of the units of a peer group (and district) in the months from {@code from} to {@code to}. */
    java.util.Map<String, java.util.Map<YearMonth, UnitScore>> histories(UnitKind group, String district, YearMonth from,
                                                                          YearMonth to) {
        java.util.Map<String, java.util.Map<YearMonth, UnitScore>> units = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT r.month, s.* FROM assessment_run r JOIN assessment_score s ON s.run_id = r.id
                WHERE r.current AND r.month BETWEEN :from AND :to AND s.peer_group = :group
                  AND (CAST(:district AS varchar) IS NULL OR s.district_code = :district)""")
                .param("group", group.name()).param("district", district)
                .param("from", Date.valueOf(from.atDay(1))).param("to", Date.valueOf(to.atDay(1)))
                .query((rs, n) -> units.computeIfAbsent(rs.getString("unit_code"), u -> new java.util.TreeMap<>())
                        .put(YearMonth.from(rs.getDate("month").toLocalDate()), row(rs))).list();
        return units;
    }

    private static UnitScore row(ResultSet rs) throws SQLException {
        return new UnitScore(rs.getString("unit_code"), rs.getString("unit_name"),
                UnitKind.valueOf(rs.getString("peer_group")), rs.getString("district_code"), rs.getLong("response_due"),
                rs.getLong("responded_on_time"), rs.getLong("callbacks"), rs.getLong("resolved_yes"),
                rs.getLong("resolved_partly"), rs.getLong("satisfied"), rs.getLong("basically"),
                rs.getBigDecimal("response_rate"), rs.getBigDecimal("resolution_rate"),
                rs.getBigDecimal("satisfaction_rate"), rs.getBigDecimal("composite"), rs.getBigDecimal("direct"),
                rs.getBigDecimal("per10k"), (Integer) rs.getObject("rank"), (Integer) rs.getObject("district_rank"),
                (Integer) rs.getObject("rank_change"), rs.getBoolean("small_sample"), rs.getLong("overdue"),
                rs.getLong("reopened"), (Integer) rs.getObject("direct_rank"),
                (Integer) rs.getObject("direct_district_rank"), (Integer) rs.getObject("direct_rank_change"),
                rs.getLong("whistles_blown"), rs.getLong("reports_due"), rs.getLong("reports_on_time"));
    }
}
