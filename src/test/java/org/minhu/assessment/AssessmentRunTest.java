package org.minhu.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Publishing a month: frozen once run, re-run only by an admin with a reason, once at a time, and by itself. */
class AssessmentRunTest extends AssessmentTestSupport {

    /** Monday 2025-11-03 10:00 in Beijing; the month is scored from 5 December. */
    static final Instant NOVEMBER = Instant.parse("2025-11-03T02:00:00Z");
    static final Instant DECEMBER_5 = Instant.parse("2025-12-05T02:00:00Z");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AssessmentSchedule schedule;
    @Autowired
    AssessmentRuns runs;

    @BeforeEach
    void aMonthOfKnownOutcomes() throws Exception {
        clock.set(NOVEMBER);
        ensureUsers();
        // two callbacks are enough to be ranked, from September 2025 (as MonthlyAssessmentTest has it)
        jdbc.sql("INSERT INTO assessment_setting VALUES (DATE '2025-09-01', 0, 0, 2, 10) ON CONFLICT DO NOTHING").update();
        if (!built(jdbc, NOVEMBER, NOVEMBER.plus(Duration.ofDays(3)))) {
            buildMonth();
        }
        clock.set(DECEMBER_5);
    }

    @AfterEach
    void rulesAsShipped() {
        jdbc.sql("DELETE FROM assessment_weight WHERE effective_month = DATE '2025-11-01'").update();
        clock.set(START);
    }

    @Test
    void aPublishedMonthIsFrozenAndARerunKeepsTheEarlierOneReadable() throws Exception {
        String path = "/api/v1/assessments/2025-11";
        JsonNode first = published(path);
        long firstRun = first.get("runId").asLong();
        assertThat(row(first, JIANWAI).get("compositeScore").decimalValue()).isEqualByComparingTo("37.50");

        // the rules change for November after it was published: the published month stays as it was
        jdbc.sql("INSERT INTO assessment_weight VALUES (DATE '2025-11-01', 'SUBDISTRICT', 0.20, 0.40, 0.40)").update();
        JsonNode still = expect(200, getJson("sup-city", path + "?group=SUBDISTRICT&district=" + CHAOYANG));
        assertThat(still.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(still.get("runId").asLong()).isEqualTo(firstRun);
        assertThat(row(still, JIANWAI).get("compositeScore").decimalValue()).isEqualByComparingTo("37.50");
        assertThat(still.get("rules").get("weights").get("SUBDISTRICT").get("response").decimalValue()).isEqualByComparingTo("0.10");

        assertThat(expect(403, postJson("sup-city", path + "/run", Map.of("reason", "再算一次"))).get("code").asString())
                .isEqualTo("FORBIDDEN");
        assertThat(expect(400, postJson("adm", path + "/run", Map.of())).get("code").asString()).isEqualTo("VALIDATION_FAILED");
        expect(200, postJson("adm", path + "/run", Map.of("reason", "11月权重调整后重算")));
        JsonNode rerun = expect(200, getJson("adm", path + "?group=SUBDISTRICT&district=" + CHAOYANG));

        // 100 × (0.20 × 0.75 + 0.40 × 1/3 + 0.40 × 1/3) = 41.67
        assertThat(rerun.get("runId").asLong()).isNotEqualTo(firstRun);
        assertThat(row(rerun, JIANWAI).get("compositeScore").decimalValue()).isEqualByComparingTo("41.67");
        JsonNode earlier = expect(200, getJson("adm", path + "?run=" + firstRun + "&group=SUBDISTRICT&district=" + CHAOYANG));
        assertThat(row(earlier, JIANWAI).get("compositeScore").decimalValue()).isEqualByComparingTo("37.50");
        JsonNode runs = expect(200, getJson("adm", path + "/runs"));
        assertThat(runs.size()).isGreaterThanOrEqualTo(2);
        assertThat(runs.get(0).get("current").asBoolean()).isTrue();
        assertThat(runs.get(0).get("runBy").asString()).isEqualTo("adm");
        assertThat(runs.get(0).get("reason").asString()).isEqualTo("11月权重调整后重算");
        assertThat(runs.valueStream().filter(r -> r.get("current").asBoolean()).count()).isEqualTo(1);
        assertThat(expect(404, getJson("adm", path + "?run=999999")).get("code").asString()).isEqualTo("ASSESSMENT_RUN_NOT_FOUND");
    }

    @Test
    void aMonthIsRunOnceAtATimeAndACrashedNodesClaimIsTakenOver() throws Exception {
        jdbc.sql("INSERT INTO assessment_run_claim VALUES (DATE '2025-10-01', :now, 'other-node')")
                .param("now", java.sql.Timestamp.from(clock.instant())).update();
        assertThat(expect(409, postJson("sup-city", "/api/v1/assessments/2025-10/run", null)).get("code").asString())
                .isEqualTo("ASSESSMENT_RUNNING");

        clock.advance(Duration.ofMinutes(31));
        JsonNode published = expect(200, postJson("sup-city", "/api/v1/assessments/2025-10/run", null));
        assertThat(published.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(jdbc.sql("SELECT count(*) FROM assessment_run_claim").query(Long.class).single()).isZero();
    }

    @Test
    void onlyAdminsAndTheCitysSupervisorsPublishAndOnlyMonthsThatAreOver() throws Exception {
        assertThat(expect(403, postJson("sup-chaoyang", "/api/v1/assessments/2025-09/run", null)).get("code").asString())
                .isEqualTo("FORBIDDEN");
        assertThat(expect(403, postJson("op", "/api/v1/assessments/2025-09/run", null)).get("code").asString())
                .isEqualTo("FORBIDDEN");
        assertThat(expect(400, postJson("adm", "/api/v1/assessments/2025-12/run", null)).get("code").asString())
                .isEqualTo("INVALID_PARAMETER");
    }

    @Test
    void lastMonthIsPublishedByItselfFromTheRunDayAndTime() throws Exception {
        clock.set(Instant.parse("2026-01-31T17:00:00Z")); // 2026-02-01 01:00 in Beijing: before 02:00
        schedule.runIfDue();
        assertThat(runsOf("2026-01-01")).isZero();

        clock.set(Instant.parse("2026-01-31T19:00:00Z")); // 03:00
        schedule.runIfDue();
        schedule.runIfDue(); // published: not again
        assertThat(runsOf("2026-01-01")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT run_by FROM assessment_run WHERE month = DATE '2026-01-01'").query(String.class).single())
                .isEqualTo("system");
    }

    @Test
    void theScheduleLeavesAMonthPublishedWhileItWaitedForTheClaim() throws Exception {
        clock.set(Instant.parse("2025-09-02T02:00:00Z"));
        expect(200, postJson("adm", "/api/v1/assessments/2025-08/run", java.util.Map.of()));

        assertThat(runs.runUnlessPublished(java.time.YearMonth.of(2025, 8), "system")).isEmpty();
        assertThat(runsOf("2025-08-01")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT run_by FROM assessment_run WHERE month = DATE '2025-08-01'").query(String.class).single())
                .isEqualTo("adm");
    }

    @Test
    void theRankChangeIsLastMonthsPublishedRankMinusThisOnes() throws Exception {
        published("/api/v1/assessments/2025-11");
        clock.set(Instant.parse("2025-12-08T02:00:00Z")); // Monday: this time 建外 does well and 朝外 badly
        if (!built(jdbc, clock.instant(), clock.instant().plus(Duration.ofDays(1)))) {
            lived(JIANWAI, "jianwai", Map.of("resolved", "YES", "satisfied", "SATISFIED"), null);
            lived(JIANWAI, "jianwai", Map.of("resolved", "YES", "satisfied", "SATISFIED"), null);
            lived(CHAOWAI, "chaowai", Map.of("resolved", "NO", "satisfied", "DISSATISFIED"), null);
            lived(CHAOWAI, "chaowai", Map.of("resolved", "YES", "satisfied", "SATISFIED"), null);
        }
        clock.set(Instant.parse("2025-12-10T02:00:00Z"));
        JsonNode december = expect(200, getJson("adm", "/api/v1/assessments/2025-12?group=SUBDISTRICT&district=" + CHAOYANG));

        assertThat(row(december, JIANWAI).get("rank").asInt()).as(december.toString()).isEqualTo(1);
        JsonNode november = expect(200, getJson("adm", "/api/v1/assessments/2025-11?group=SUBDISTRICT&district=" + CHAOYANG));
        assertThat(row(november, JIANWAI).get("rank").asInt()).as(november.toString()).isEqualTo(2);
        assertThat(row(december, JIANWAI).get("rankChange").asInt()).isEqualTo(1);   // 2 → 1
        assertThat(row(december, CHAOWAI).get("rankChange").asInt()).isEqualTo(-1);  // 1 → 2
    }

    @Test
    void aUnitsTwelveMonthsShowThePublishedOnesAndThisOneLive() throws Exception {
        published("/api/v1/assessments/2025-11");
        clock.set(Instant.parse("2025-12-10T02:00:00Z"));

        JsonNode jianwai = expect(200, getJson("jianwai", "/api/v1/assessments/2025-12/units/" + JIANWAI));

        assertThat(jianwai.get("status").asString()).isEqualTo("PREVIEW");
        assertThat(jianwai.get("score").get("unitCode").asString()).isEqualTo(JIANWAI);
        JsonNode months = jianwai.get("months");
        assertThat(months.size()).isEqualTo(12);
        assertThat(months.get(0).get("month").asString()).isEqualTo("2025-01");
        assertThat(months.get(10).get("month").asString()).isEqualTo("2025-11");
        assertThat(months.get(10).get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(months.get(10).get("compositeScore").decimalValue()).isPositive();
        assertThat(months.get(11).get("status").asString()).isEqualTo("PREVIEW");
        assertThat(months.get(3).get("status").isNull()).isTrue(); // April was never published

        assertThat(expect(403, getJson("chaowai", "/api/v1/assessments/2025-12/units/" + JIANWAI)).get("code").asString())
                .isEqualTo("FORBIDDEN");
        assertThat(expect(403, getJson("sup-haidian", "/api/v1/assessments/2025-12/units/" + JIANWAI)).get("code").asString())
                .isEqualTo("FORBIDDEN");
        expect(200, getJson("sup-chaoyang", "/api/v1/assessments/2025-12/units/" + JIANWAI));
        assertThat(expect(404, getJson("adm", "/api/v1/assessments/2025-12/units/NOPE")).get("code").asString())
                .isEqualTo("UNIT_NOT_FOUND");
    }

    @Test
    void aMonthNotYetPublishedIsReadFromItsPreviewScoredInTheBackground() throws Exception {
        Instant scored = Instant.parse("2025-12-15T02:00:00Z");
        clock.set(scored);
        schedule.refreshPreviews();
        String path = "/api/v1/assessments/2025-12?group=SUBDISTRICT&district=" + CHAOYANG;
        JsonNode snapshot = expect(200, getJson("adm", path));
        assertThat(snapshot.get("status").asString()).isEqualTo("PREVIEW");
        assertThat(snapshot.get("runId").isNull()).isTrue();
        assertThat(Instant.parse(snapshot.get("scoredAt").asString())).isEqualTo(scored);
        long callbacks = row(snapshot, CHAOWAI).get("callbacks").asLong();

        clock.advance(Duration.ofMinutes(1));
        lived(CHAOWAI, "chaowai", Map.of("resolved", "YES", "satisfied", "SATISFIED"), null);
        assertThat(row(expect(200, getJson("adm", path)), CHAOWAI).get("callbacks").asLong()).isEqualTo(callbacks);

        schedule.refreshPreviews();
        JsonNode refreshed = expect(200, getJson("adm", path));
        assertThat(row(refreshed, CHAOWAI).get("callbacks").asLong()).isEqualTo(callbacks + 1);
        assertThat(Instant.parse(refreshed.get("scoredAt").asString())).isEqualTo(scored.plus(Duration.ofMinutes(1)));
        assertThat(expect(200, getJson("adm", "/api/v1/assessments/2025-12/runs")).size()).isZero();

        clock.advance(Duration.ofMinutes(21)); // the background stopped: the month is scored live again
        assertThat(Instant.parse(expect(200, getJson("adm", path)).get("scoredAt").asString())).isEqualTo(clock.instant());
    }

    /** The month as published, publishing it first when it is not. */
    private JsonNode published(String path) throws Exception {
        JsonNode month = expect(200, getJson("adm", path + "?group=SUBDISTRICT&district=" + CHAOYANG));
        if (month.get("status").asString().equals("PREVIEW")) {
            month = expect(200, postJson("adm", path + "/run", null));
            month = expect(200, getJson("adm", path + "?group=SUBDISTRICT&district=" + CHAOYANG));
        }
        assertThat(month.get("status").asString()).isEqualTo("PUBLISHED");
        return month;
    }

    private long runsOf(String month) {
        return jdbc.sql("SELECT count(*) FROM assessment_run WHERE month = CAST(:m AS date)").param("m", month)
                .query(Long.class).single();
    }
}
