package org.minhu.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The demo's months as the assessment shows them: December 2024 to February 2025 published by the
 * demo, March a preview; most streets and townships ranked, ranks that move, the units that lag
 * at the bottom, communities with no request and with full marks.
 */
class DemoMonthsTest extends DemoLoaded {

    private static final List<String> PUBLISHED = List.of("2024-12", "2025-01", "2025-02");

    @Autowired
    JdbcClient jdbc;

    private JsonNode read(String path) throws Exception {
        return expect(200, mvc.perform(get(path).with(httpBasic(DemoUsers.CITY_SUPERVISOR, DEMO_PASSWORD))).andReturn());
    }

    @Test
    void theMonthsBeforeTheCurrentOneArePublishedByTheDemo() throws Exception {
        for (String month : PUBLISHED) {
            assertThat(read("/api/v1/assessments/" + month).get("status").asText()).as(month).isEqualTo("PUBLISHED");
            JsonNode runs = read("/api/v1/assessments/" + month + "/runs");
            assertThat(runs.size()).as(month).isEqualTo(1);
            assertThat(runs.get(0).get("runBy").asText()).isEqualTo("demo-loader");
            assertThat(runs.get(0).get("reason").asText()).isEqualTo("demo");
        }
        JsonNode march = read("/api/v1/assessments/2025-03?group=SUBDISTRICT");
        assertThat(march.get("status").asText()).isEqualTo("PREVIEW");
        assertThat(march.get("totalElements").asInt()).isGreaterThan(100);
        assertThat(read("/api/v1/assessments/2024-11").get("status").asText()).isEqualTo("PREVIEW"); // before the demo
    }

    @Test
    void theReviewPackHasIndicatorsToCommentOnInEveryFullMonth() throws Exception {
        assertThat(read("/api/v1/indicators").valueStream().map(i -> i.get("code").asText()))
                .containsExactlyInAnyOrder("PM25", "GARBAGE", "SAFETY", "DEMOLITION");
        for (String month : PUBLISHED) {
            assertThat(read("/api/v1/indicators/GARBAGE/" + month).size()).as(month).isGreaterThan(300);
        }
        JsonNode pack = read("/api/v1/reviews/2025-02?district=110105000000");
        assertThat(pack.get("cards").size()).isGreaterThan(20);
        // some street is first or in front on an indicator, and some falls short on one
        assertThat(pack.get("cards").valueStream().map(c -> c.get("comment").asText()))
                .anyMatch(c -> c.matches(".*(垃圾分类|平安指数|拆违|PM2\\.5累计浓度).*(首位|前列|最低).*"))
                .anyMatch(c -> c.matches(".*但在.*(垃圾分类|平安指数|拆违|PM2\\.5累计浓度).*方面仍存在不足。"));
    }

    @Test
    void deadlinesTheHistoryWentPastAreRecordedAsTheSweepWouldHaveAndCountAsOverdue() {
        long breaches = jdbc.sql("SELECT count(*) FROM deadline_breach").query(Long.class).single();
        assertThat(breaches).isGreaterThan(100);
        assertThat(jdbc.sql("SELECT count(*) FROM ticket_event WHERE type = 'OVERDUE'").query(Long.class).single())
                .isEqualTo(breaches);
        // every breach lies where the step was done after its due time, or is still undone
        assertThat(jdbc.sql("""
                SELECT count(*) FROM deadline_breach b JOIN assignment a ON a.id = b.assignment_id
                WHERE b.step = 'COMPLETE' AND a.completed_at IS NOT NULL AND a.completed_at <= b.due_at""")
                .query(Long.class).single()).isZero();
        for (String month : PUBLISHED) {
            Long overdue = jdbc.sql("""
                    SELECT sum(s.overdue) FROM assessment_score s JOIN assessment_run r ON r.id = s.run_id
                    WHERE r.current AND r.month = CAST(:m AS date) AND s.peer_group IN ('SUBDISTRICT', 'TOWNSHIP')""")
                    .param("m", month + "-01").query(Long.class).single();
            assertThat(overdue).as(month).isGreaterThan(0);
        }
    }

    @Test
    void mostStreetsAreRankedAndTheirRanksMove() {
        for (String month : PUBLISHED) {
            Map<String, Object> streets = jdbc.sql("""
                    SELECT count(*) AS all, count(rank) AS ranked, count(rank_change) AS moved,
                           count(*) FILTER (WHERE abs(rank_change) >= 20) AS far
                    FROM assessment_score s JOIN assessment_run r ON r.id = s.run_id
                    WHERE r.current AND to_char(r.month, 'YYYY-MM') = :m AND s.peer_group IN ('SUBDISTRICT', 'TOWNSHIP')""")
                    .param("m", month).query().singleRow();
            long all = (Long) streets.get("all");
            assertThat((Long) streets.get("ranked")).as(month).isGreaterThan(all * 8 / 10);
            if (!month.equals("2024-12")) { // the first month has no month before it to move from
                assertThat((Long) streets.get("moved")).as(month).isGreaterThan(all * 7 / 10);
                assertThat((Long) streets.get("far")).as(month).isPositive();
            }
        }
    }

    @Test
    void aLaggardIsAtTheBottomEveryMonthAndOthersTurn() {
        for (String month : PUBLISHED) {
            int last = jdbc.sql("""
                    SELECT max(s.rank) FROM assessment_score s JOIN assessment_run r ON r.id = s.run_id
                    WHERE r.current AND to_char(r.month, 'YYYY-MM') = :m AND s.peer_group = 'TOWNSHIP'""")
                    .param("m", month).query(Integer.class).single();
            assertThat(score("rank", "十八里店地区", month)).as(month).isGreaterThan(last * 9 / 10);
        }
        // 瀛海 lags from last month on (its rank falls), 长阳 lagged in the first month only (it rises)
        assertThat(score("rank_change", "瀛海地区", "2025-02")).isLessThan(-20);
        assertThat(score("rank", "长阳镇", "2024-12") - score("rank", "长阳镇", "2025-02")).isGreaterThan(40);
    }

    private int score(String column, String name, String month) {
        return jdbc.sql("""
                SELECT s.%s FROM assessment_score s JOIN assessment_run r ON r.id = s.run_id
                WHERE r.current AND to_char(r.month, 'YYYY-MM') = :m AND s.unit_name = :name""".formatted(column))
                .param("m", month).param("name", name).query(Integer.class).single();
    }

    @Test
    void communitiesWithNoRequestAndWithFullMarks() throws Exception {
        for (String month : PUBLISHED) {
            JsonNode lists = read("/api/v1/assessments/" + month + "/lists");
            assertThat(lists.get("zeroRequests").size()).as(month).isGreaterThan(300);
            assertThat(lists.get("governance").size()).as(month).isBetween(10, 12);
            long rankedFullMarks = jdbc.sql("""
                    SELECT count(*) FROM assessment_score s JOIN assessment_run r ON r.id = s.run_id
                    WHERE r.current AND to_char(r.month, 'YYYY-MM') = :m AND s.peer_group = 'COMMUNITY'
                      AND s.composite = 100 AND NOT s.small_sample AND s.unit_code IN (:exemplars)""")
                    .param("m", month).param("exemplars", Exemplars.CODES).query(Long.class).single();
            assertThat(rankedFullMarks).as(month).isGreaterThanOrEqualTo(3);
        }
    }
}
