package org.minhu.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minhu.support.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** A renamed unit keeps its code and answers to its former name; a split unit ends where its parts begin. */
class UnitChangesTest extends ApiTestSupport {

    @Autowired
    JdbcClient jdbc;

    String renamed;
    String formerName;
    String split;

    @BeforeEach
    void users() {
        ensureUsers();
        clock.set(START);
    }

    @AfterEach
    void restore() {
        if (renamed != null) {
            jdbc.sql("UPDATE unit SET name = :n WHERE code = :c").param("n", formerName).param("c", renamed).update();
            jdbc.sql("DELETE FROM unit_alias WHERE unit_code = :c AND alias = :n").param("c", renamed).param("n", formerName).update();
        }
        if (split != null) {
            jdbc.sql("DELETE FROM unit WHERE code IN ('SPLITA1', 'SPLITA2')").update();
            jdbc.sql("UPDATE unit SET valid_to = NULL WHERE code = :c").param("c", split).update();
        }
    }

    @Test
    void aRenamedUnitKeepsItsCodeAndItsFormerNameAsAnAlias() throws Exception {
        renamed = jdbc.sql("SELECT code FROM unit WHERE kind = 'COMMUNITY' AND district_code = '110119000000' ORDER BY code LIMIT 1")
                .query(String.class).single();
        formerName = jdbc.sql("SELECT name FROM unit WHERE code = :c").param("c", renamed).query(String.class).single();

        JsonNode unit = expect(200, postJson("adm", "/api/v1/units/" + renamed + "/rename", Map.of("name", "试改名社区")));

        assertThat(unit.get("name").asString()).isEqualTo("试改名社区");
        assertThat(jdbc.sql("SELECT count(*) FROM unit_alias WHERE unit_code = :c AND alias = :n").param("c", renamed)
                .param("n", formerName).query(Long.class).single()).isEqualTo(1);
        assertThat(expect(200, getJson("op", "/api/v1/units/" + renamed)).get("name").asString()).isEqualTo("试改名社区");
        assertThat(body(postJson("adm", "/api/v1/units/" + renamed + "/rename", Map.of("name", "试改名社区"))).get("code")
                .asString()).isEqualTo("INVALID_UNIT_CHANGE");
        assertThat(body(postJson("op", "/api/v1/units/" + renamed + "/rename", Map.of("name", "别的"))).get("status").asInt())
                .isEqualTo(403);
    }

    @Test
    void aSplitUnitEndsTheDayBeforeItsPartsBegin() throws Exception {
        split = jdbc.sql("SELECT code FROM unit WHERE kind = 'COMMUNITY' AND district_code = '110119000000' ORDER BY code DESC LIMIT 1")
                .query(String.class).single();

        JsonNode parts = expect(200, postJson("adm", "/api/v1/units/" + split + "/split", Map.of("from", "2025-04-01",
                "parts", List.of(Map.of("code", "SPLITA1", "name", "东社区"), Map.of("code", "SPLITA2", "name", "西社区")))));

        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).get("validFrom").asString()).isEqualTo("2025-04-01");
        assertThat(expect(200, getJson("op", "/api/v1/units/" + split)).get("validTo").asString()).isEqualTo("2025-04-01");
        assertThat(expect(200, getJson("op", "/api/v1/units/SPLITA2")).get("districtCode").asString()).isEqualTo("110119000000");
        assertThat(body(postJson("adm", "/api/v1/units/" + split + "/split", Map.of("from", "2025-05-01",
                "parts", List.of(Map.of("code", "SPLITB1", "name", "甲"), Map.of("code", "SPLITB2", "name", "乙"))))).get("code")
                .asString()).isEqualTo("INVALID_UNIT_CHANGE");
    }

    @Test
    void aSplitInThePastOrIntoTakenCodesIsRefusedAndChangesNothing() throws Exception {
        String unit = jdbc.sql("SELECT code FROM unit WHERE kind = 'COMMUNITY' AND district_code = '110119000000' ORDER BY code OFFSET 1 LIMIT 1")
                .query(String.class).single();
        assertThat(body(postJson("adm", "/api/v1/units/" + unit + "/split", Map.of("from", "2024-01-01",
                "parts", List.of(Map.of("code", "SPLITC1", "name", "甲"), Map.of("code", "SPLITC2", "name", "乙"))))).get("code")
                .asString()).isEqualTo("INVALID_UNIT_CHANGE");
        assertThat(body(postJson("adm", "/api/v1/units/" + unit + "/split", Map.of("from", "2025-04-01",
                "parts", List.of(Map.of("code", JIANWAI, "name", "甲"), Map.of("code", "SPLITC2", "name", "乙"))))).get("code")
                .asString()).isEqualTo("INVALID_UNIT_CHANGE");
        assertThat(jdbc.sql("SELECT valid_to IS NULL FROM unit WHERE code = :c").param("c", unit).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM unit WHERE code LIKE 'SPLITC%'").query(Long.class).single()).isZero();
    }
}
