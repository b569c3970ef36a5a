package org.minhu.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minhu.directory.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Ties share a rank and the next rank skips them (RANK(), not DENSE_RANK()), citywide and in the district. */
class RankTiesTest extends AssessmentTestSupport {

    /** Monday 2026-02-02 10:00 in Beijing, before the Spring Festival. */
    static final Instant FEBRUARY = Instant.parse("2026-02-02T02:00:00Z");

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void backToMarch() {
        clock.set(START);
    }

    @Test
    void twoPerfectStreetsShareTheFirstPlaceAndTheNextIsThird() throws Exception {
        clock.set(FEBRUARY);
        ensureUsers();
        jdbc.sql("INSERT INTO assessment_setting VALUES (DATE '2025-09-01', 0, 0, 2, 10) ON CONFLICT DO NOTHING").update();
        String third = jdbc.sql("SELECT code FROM unit WHERE kind = 'SUBDISTRICT' AND district_code = :d AND code NOT IN (:a, :b) "
                + "ORDER BY code LIMIT 1").param("d", CHAOYANG).param("a", JIANWAI).param("b", CHAOWAI).query(String.class).single();
        user("third-street", Role.HANDLER, third);
        Map<String, Object> perfect = Map.of("resolved", "YES", "satisfied", "SATISFIED");
        for (int i = 0; i < 2; i++) {
            lived(CHAOWAI, "chaowai", perfect, null);
            lived(third, "third-street", perfect, null);
        }
        lived(JIANWAI, "jianwai", perfect, null);
        lived(JIANWAI, "jianwai", Map.of("resolved", "NO", "satisfied", "DISSATISFIED"), null);
        clock.set(Instant.parse("2026-02-05T02:00:00Z"));

        JsonNode month = expect(200, getJson("adm", "/api/v1/assessments/2026-02?group=SUBDISTRICT&district=" + CHAOYANG));

        assertThat(row(month, CHAOWAI).get("compositeScore").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(row(month, third).get("compositeScore").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(row(month, CHAOWAI).get("rank").asInt()).isEqualTo(1);
        assertThat(row(month, third).get("rank").asInt()).isEqualTo(1);
        assertThat(row(month, CHAOWAI).get("districtRank").asInt()).isEqualTo(1);
        // 100 × (0.10 × 1 + 0.45 × 1/2 + 0.45 × 1/2) = 55.00, behind two: third
        assertThat(row(month, JIANWAI).get("compositeScore").decimalValue()).isEqualByComparingTo("55.00");
        assertThat(row(month, JIANWAI).get("rank").asInt()).isEqualTo(3);
        assertThat(row(month, JIANWAI).get("districtRank").asInt()).isEqualTo(3);
    }
}
