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

/**
 * A street renamed in the middle of June keeps its code: the month scores it once, under the name
 * it has when scored, with the work of both halves; the published month keeps that name when the
 * street is renamed again.
 */
class RenamedUnitTest extends AssessmentTestSupport {

    static final String FENGTAI = "110106000000";

    @Autowired
    JdbcClient jdbc;
    String street;
    String formerName;

    @AfterEach
    void restore() {
        clock.set(START);
        if (street != null) {
            jdbc.sql("UPDATE unit SET name = :n WHERE code = :c").param("n", formerName).param("c", street).update();
        }
    }

    @Test
    void aStreetRenamedMidMonthIsScoredOnceWithBothHalvesUnderItsNewName() throws Exception {
        ensureUsers();
        street = jdbc.sql("SELECT code FROM unit WHERE kind = 'SUBDISTRICT' AND district_code = :d ORDER BY code LIMIT 1")
                .param("d", FENGTAI).query(String.class).single();
        formerName = jdbc.sql("SELECT name FROM unit WHERE code = :c").param("c", street).query(String.class).single();
        user("renamed-street", Role.HANDLER, street);
        jdbc.sql("INSERT INTO assessment_setting VALUES (DATE '2026-06-01', 0, 0, 1, 10) ON CONFLICT DO NOTHING").update();

        clock.set(Instant.parse("2026-06-03T02:00:00Z"));
        lived(street, "renamed-street", Map.of("resolved", "YES", "satisfied", "SATISFIED"), null);
        rename("丰台新名街道");
        clock.set(Instant.parse("2026-06-16T02:00:00Z"));
        lived(street, "renamed-street", Map.of("resolved", "NO", "satisfied", "SATISFIED"), null);
        clock.set(Instant.parse("2026-07-02T02:00:00Z"));

        JsonNode june = expect(200, getJson("adm", "/api/v1/assessments/2026-06?group=SUBDISTRICT&district=" + FENGTAI));
        assertThat(june.get("content").valueStream().filter(r -> r.get("unitCode").asString().equals(street)).count())
                .isEqualTo(1);
        JsonNode row = row(june, street);
        assertThat(row.get("unitName").asString()).isEqualTo("丰台新名街道");
        assertThat(row.get("responseDue").asLong()).isEqualTo(2);
        assertThat(row.get("callbacks").asLong()).isEqualTo(2);
        assertThat(row.get("resolvedYes").asLong()).isEqualTo(1);
        // 100 × (0.10 × 1 + 0.45 × 1/2 + 0.45 × 1) = 77.50
        assertThat(row.get("compositeScore").decimalValue()).isEqualByComparingTo("77.50");

        expect(200, postJson("adm", "/api/v1/assessments/2026-06/run", Map.of()));
        rename("丰台再改名街道");
        JsonNode published = expect(200, getJson("adm", "/api/v1/assessments/2026-06?group=SUBDISTRICT&district=" + FENGTAI));
        assertThat(published.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(row(published, street).get("unitName").asString()).isEqualTo("丰台新名街道");
        assertThat(row(published, street).get("compositeScore").decimalValue()).isEqualByComparingTo("77.50");
    }

    private void rename(String name) {
        jdbc.sql("UPDATE unit SET name = :n WHERE code = :c").param("n", name).param("c", street).update();
    }
}
