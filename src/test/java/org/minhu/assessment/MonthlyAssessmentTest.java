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

/**
 * September 2025 with known outcomes, every figure checked against the arithmetic by hand
 * (weights 0.10 / 0.45 / 0.45, α = β = 0, a minimum sample of 2 callbacks for this month).
 */
class MonthlyAssessmentTest extends AssessmentTestSupport {

    /** Monday 2025-09-01 10:00 in Beijing: nothing else of the tests happens in this month. */
    static final Instant SEPTEMBER = Instant.parse("2025-09-01T02:00:00Z");
    static final Instant SCORED = SEPTEMBER.plus(Duration.ofDays(3));

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void aMonthOfKnownOutcomes() throws Exception {
        clock.set(SEPTEMBER);
        ensureUsers();
        jdbc.sql("INSERT INTO assessment_setting VALUES (DATE '2025-09-01', 0, 0, 2, 10) ON CONFLICT DO NOTHING").update();
        if (built(jdbc, SEPTEMBER, SCORED)) {
            clock.set(SCORED);
            return; // built by an earlier test of this class
        }
        buildMonth();
        clock.set(SCORED); // C's response deadline has passed by the time of scoring
    }

    @AfterEach
    void backToMarch() {
        clock.set(START);
    }

    @Test
    void everyRateScoreAndRankIsTheArithmeticByHand() throws Exception {
        JsonNode month = expect(200, getJson("adm", "/api/v1/assessments/2025-09?group=SUBDISTRICT&district=" + CHAOYANG));
        assertThat(month.get("status").asString()).isEqualTo("PREVIEW");
        assertThat(month.get("rules").get("minSample").asInt()).isEqualTo(2);
        assertThat(month.get("rules").get("weights").get("SUBDISTRICT").get("resolution").decimalValue()).isEqualByComparingTo("0.45");

        JsonNode jianwai = row(month, JIANWAI);
        // response: A, B, E on time of A, B, C, E due (D exempt) = 3/4; callbacks A, B, E: YES 1, PARTLY 1 / SATISFIED 1, BASICALLY 1
        assertThat(counts(jianwai)).containsExactly(4L, 3L, 3L, 1L, 1L, 1L, 1L);
        assertThat(jianwai.get("responseRate").decimalValue()).isEqualByComparingTo("0.7500");
        assertThat(jianwai.get("resolutionRate").decimalValue()).isEqualByComparingTo("0.3333");
        assertThat(jianwai.get("satisfactionRate").decimalValue()).isEqualByComparingTo("0.3333");
        // 100 × (0.10 × 0.75 + 0.45 × 1/3 + 0.45 × 1/3) = 37.50
        assertThat(jianwai.get("compositeScore").decimalValue()).isEqualByComparingTo("37.50");
        assertThat(jianwai.get("directScore").decimalValue()).isEqualByComparingTo("37.50");
        assertThat(jianwai.get("rank").asInt()).isEqualTo(2);
        assertThat(jianwai.get("districtRank").asInt()).isEqualTo(2);

        JsonNode chaowai = row(month, CHAOWAI);
        assertThat(counts(chaowai)).containsExactly(2L, 2L, 2L, 2L, 0L, 2L, 0L);
        assertThat(chaowai.get("compositeScore").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(chaowai.get("rank").asInt()).isEqualTo(1);
        assertThat(chaowai.get("smallSample").asBoolean()).isFalse();
    }

    @Test
    void aMissingRateIsLeftOutAndTooFewCallbacksAreNotRanked() throws Exception {
        JsonNode haidian = expect(200, getJson("adm", "/api/v1/assessments/2025-09?group=SUBDISTRICT&district=" + HAIDIAN));
        JsonNode wanshoulu = row(haidian, WANSHOULU);
        // responded on time, the only callback unreachable: response 1/1, no resolution nor satisfaction rate
        assertThat(counts(wanshoulu)).containsExactly(1L, 1L, 0L, 0L, 0L, 0L, 0L);
        assertThat(wanshoulu.get("resolutionRate").isNull()).isTrue();
        assertThat(wanshoulu.get("compositeScore").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(wanshoulu.get("smallSample").asBoolean()).isTrue();
        assertThat(wanshoulu.get("rank").isNull()).isTrue();

        JsonNode centre = row(expect(200, getJson("adm", "/api/v1/assessments/2025-09?group=CENTER")), CENTRE);
        // answered on the call: no response rate; 3 callbacks, all resolved and satisfied: scored, never ranked
        assertThat(counts(centre)).containsExactly(0L, 0L, 3L, 3L, 0L, 3L, 0L);
        assertThat(centre.get("compositeScore").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(centre.get("rank").isNull()).isTrue();
    }

    @Test
    void aDistrictIsScoredOverAllItsUnits() throws Exception {
        JsonNode district = row(expect(200, getJson("adm", "/api/v1/assessments/2025-09?group=DISTRICT")), CHAOYANG);
        // 建外 4 due / 3 on time, 朝外 2 / 2; callbacks 3 + 2: YES 1 + 2, PARTLY 1, SATISFIED 1 + 2, BASICALLY 1
        assertThat(counts(district)).containsExactly(6L, 5L, 5L, 3L, 1L, 3L, 1L);
        // 100 × (0.10 × 5/6 + 0.45 × 3/5 + 0.45 × 3/5) = 62.33
        assertThat(district.get("compositeScore").decimalValue()).isEqualByComparingTo("62.33");
    }

    @Test
    void aHandlerSeesItsOwnRowAndOnlyTheRanksOfItsPeersASupervisorItsDistrict() throws Exception {
        JsonNode seen = expect(200, getJson("jianwai", "/api/v1/assessments/2025-09?district=" + CHAOYANG));
        assertThat(seen.get("content").valueStream().map(r -> r.get("group").asString()).distinct()).containsExactly("SUBDISTRICT");
        assertThat(row(seen, JIANWAI).get("responseDue").asLong()).isEqualTo(4);
        JsonNode peer = row(seen, CHAOWAI);
        assertThat(peer.get("rank").asInt()).isEqualTo(1);
        assertThat(peer.get("responseDue").asLong()).isZero();
        assertThat(peer.get("responseRate").isNull()).isTrue();

        JsonNode haidian = expect(200, getJson("sup-haidian", "/api/v1/assessments/2025-09?size=500"));
        assertThat(haidian.get("content").valueStream().map(r -> r.get("districtCode").asString()).distinct())
                .containsExactly(HAIDIAN);
    }

    @Test
    void aBadOrFutureMonthIsRefused() throws Exception {
        assertThat(expect(400, getJson("adm", "/api/v1/assessments/2025-13")).get("code").asString()).isEqualTo("INVALID_PARAMETER");
        assertThat(expect(400, getJson("adm", "/api/v1/assessments/2099-01")).get("code").asString()).isEqualTo("INVALID_PARAMETER");
        assertThat(expect(400, getJson("adm", "/api/v1/assessments/2025-09?group=STREET")).get("code").asString())
                .isEqualTo("INVALID_PARAMETER");
    }

    @Test
    void theGovernanceListHasTheLowestStreetsAndThePraiseListTheCommunitiesWithoutRequestsOrWithFullMarks()
            throws Exception {
        JsonNode lists = expect(200, getJson("sup-city", "/api/v1/assessments/2025-09/lists"));
        assertThat(lists.get("governance").valueStream().map(e -> e.get("unitCode").asString() + "@" + e.get("place").asInt()))
                .containsExactly(JIANWAI + "@1", CHAOWAI + "@2"); // 万寿路 has too few callbacks to be listed
        assertThat(lists.get("governanceInDistricts").valueStream().map(e -> e.get("unitCode").asString()))
                .containsExactly(JIANWAI, CHAOWAI);
        String community = firstCommunityOf(WANSHOULU);
        // its one request was answered on the call and resolved to the citizen's satisfaction: 100
        assertThat(lists.get("fullMarks").valueStream().map(e -> e.get("unitCode").asString())).containsExactly(community);
        assertThat(lists.get("fullMarks").get(0).get("place")).as("a community's list has no places").isNull();
        assertThat(lists.get("zeroRequests").valueStream().map(e -> e.get("unitCode").asString()))
                .doesNotContain(community).contains(firstCommunityOf(CHAOWAI));
        assertThat(lists.get("zeroRequests").valueStream().allMatch(e -> e.get("requests").asLong() == 0)).isTrue();

        JsonNode haidian = expect(200, getJson("sup-haidian", "/api/v1/assessments/2025-09/lists?district=" + CHAOYANG));
        assertThat(haidian.get("zeroRequests").valueStream().map(e -> e.get("districtCode").asString()).distinct())
                .containsExactly(HAIDIAN); // a district's supervisor sees the district's own
        assertThat(expect(403, getJson("jianwai", "/api/v1/assessments/2025-09/lists")).get("code").asString())
                .isEqualTo("FORBIDDEN");
    }

    /** responseDue, respondedOnTime, callbacks, resolvedYes, resolvedPartly, satisfied, basicallySatisfied. */
    private static java.util.List<Long> counts(JsonNode row) {
        return java.util.stream.Stream.of("responseDue", "respondedOnTime", "callbacks", "resolvedYes", "resolvedPartly",
                "satisfied", "basicallySatisfied").map(f -> row.get(f).asLong()).toList();
    }

}
