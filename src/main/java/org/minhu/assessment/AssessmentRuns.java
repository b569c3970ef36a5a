package org.minhu.assessment;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.minhu.platform.MinhuException;
import org.minhu.platform.MinhuSettings;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores a month and publishes it: every unit's row written by one {@code INSERT … SELECT} of the
 * scoring statement, then made the month's current run in the same transaction, so readers see
 * the old result or the new one, never half. A month is claimed first ({@code assessment_run_claim}),
 * so of several nodes or callers one runs and the others get 409 {@code ASSESSMENT_RUNNING}.
 */
@Component
class AssessmentRuns {

    private static final String SCORE_COLUMNS = """
            run_id, unit_code, unit_name, peer_group, district_code, response_due, responded_on_time, callbacks,
            resolved_yes, resolved_partly, satisfied, basically, response_rate, resolution_rate, satisfaction_rate,
            composite, direct, per10k, rank, district_rank, rank_change, small_sample, overdue, reopened, requests, direct_rank, direct_district_rank, direct_rank_change,
            whistles_blown, reports_due, reports_on_time""";

    private static final String WRITE = "INSERT INTO assessment_score (" + SCORE_COLUMNS + ") SELECT :run, s.code, s.name, "
            + "s.peer_group, s.district_code, s.due, s.on_time, s.callbacks, s.yes, s.partly, s.sat, s.basic, "
            + "round(s.response_rate, 4), round(s.resolution_rate, 4), round(s.satisfaction_rate, 4), s.composite, "
            + "s.direct, s.per10k, s.rank, s.district_rank, s.rank_change, s.small_sample, s.overdue, s.reopened, "
            + "s.requests, s.direct_rank, s.direct_district_rank, s.direct_rank_change, s.whistles_blown, s.reports_due, "
            + "s.reports_on_time FROM (" + ScoringSql.WITH_RANK_CHANGE + ") s";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final MonthlyScores scores;
    private final JdbcScoringRules rules;
    private final JsonMapper json;
    private final Clock clock;
    private final MinhuSettings.Assessment settings;

    AssessmentRuns(javax.sql.DataSource dataSource, TransactionTemplate transaction, MonthlyScores scores,
                   JdbcScoringRules rules, JsonMapper json, Clock clock, MinhuSettings settings) {
        // a month at a city's scale takes longer than a request may: the run's statements get their own limit
        var template = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        template.setQueryTimeout((int) settings.assessment().runTimeout().toSeconds());
        this.jdbc = JdbcClient.create(template);
        this.transaction = transaction;
        this.scores = scores;
        this.rules = rules;
        this.json = json;
        this.clock = clock;
        this.settings = settings.assessment();
    }

    /** Scores and publishes {@code month} as it stands now; returns the run's id. */
    long run(YearMonth month, String by, String reason) {
        return claimed(month, by, now -> publish(month, by, reason, now, false));
    }

    /**
     * Publishes {@code month} unless it is published already, asked again once the month is
     * claimed (another node, or the demo, may have published it between the caller's look and the
     * claim); returns the run's id, or empty when there was nothing to do.
     */
    java.util.OptionalLong runUnlessPublished(YearMonth month, String by) {
        long run = claimed(month, by, now -> published(month) ? -1 : publish(month, by, null, now, false));
        return run < 0 ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(run);
    }

    private boolean published(YearMonth month) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM assessment_run WHERE month = :m AND current)")
                .param("m", Date.valueOf(month.atDay(1))).query(Boolean.class).single();
    }

    /**
     * Scores a month not yet published as a preview run, which readers get until the next one; the
     * earlier previews of the month go.
     */
    long preview(YearMonth month) {
        return claimed(month, "system", now -> {
            long run = publish(month, "system", null, now, true);
            jdbc.sql("DELETE FROM assessment_score WHERE run_id IN (SELECT id FROM assessment_run WHERE month = :m AND preview AND id <> :run)")
                    .param("m", Date.valueOf(month.atDay(1))).param("run", run).update();
            jdbc.sql("DELETE FROM assessment_run WHERE month = :m AND preview AND id <> :run")
                    .param("m", Date.valueOf(month.atDay(1))).param("run", run).update();
            return run;
        });
    }

    private long claimed(YearMonth month, String by, java.util.function.Function<Instant, Long> work) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        claim(month, by, now);
        try {
            return transaction.execute(status -> work.apply(now));
        } finally {
            transaction.executeWithoutResult(status -> jdbc.sql("DELETE FROM assessment_run_claim WHERE month = :m")
                    .param("m", Date.valueOf(month.atDay(1))).update());
        }
    }

    private void claim(YearMonth month, String by, Instant now) {
        Boolean claimed = transaction.execute(status -> !jdbc.sql("""
                INSERT INTO assessment_run_claim (month, claimed_at, claimed_by) VALUES (:m, :now, :by)
                ON CONFLICT (month) DO UPDATE SET claimed_at = EXCLUDED.claimed_at, claimed_by = EXCLUDED.claimed_by
                WHERE assessment_run_claim.claimed_at < :stale
                RETURNING month""")
                .param("m", Date.valueOf(month.atDay(1))).param("now", Timestamp.from(now)).param("by", by)
                .param("stale", Timestamp.from(now.minus(settings.staleRun()))).query().listOfRows().isEmpty());
        if (!Boolean.TRUE.equals(claimed)) {
            throw new MinhuException(HttpStatus.CONFLICT, "ASSESSMENT_RUNNING",
                    "The month " + month + " is being scored right now; its result follows shortly", Map.of("month", month.toString()));
        }
    }

    private long publish(YearMonth month, String by, String reason, Instant now, boolean preview) {
        ScoringRule rule = rules.inForce(month);
        long run = jdbc.sql("""
                INSERT INTO assessment_run (month, scored_at, run_by, reason, rules, preview)
                VALUES (:m, :at, :by, :reason, CAST(:rules AS jsonb), :preview) RETURNING id""")
                .param("preview", preview)
                .param("m", Date.valueOf(month.atDay(1))).param("at", Timestamp.from(now)).param("by", by)
                .param("reason", reason).param("rules", json.writeValueAsString(AssessmentView.Rules.of(rule)))
                .query(Long.class).single();
        var params = scores.params(month, now, rule, MonthlyScores.Filter.all());
        params.put("run", run);
        jdbc.sql(WRITE).params(params).update();
        if (preview) {
            return run;
        }
        jdbc.sql("UPDATE assessment_run SET current = false WHERE month = :m AND current").param("m", Date.valueOf(month.atDay(1)))
                .update();
        jdbc.sql("UPDATE assessment_run SET current = true WHERE id = :id").param("id", run).update();
        return run;
    }
}
