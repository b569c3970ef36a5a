package org.minhu.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The category → dimension mapping: its defaults, an administrator's change from a month on, refusals. */
class LivelihoodMappingTest extends LivelihoodTestSupport {

    /** 健身设施 (DIVERSITY by default) in 延庆's 百泉, once in January and once in February 2024. */
    static final String GYM = "15.02.01";

    @BeforeEach
    void users() throws Exception {
        ensureUsers();
        if (jdbc.sql("SELECT count(*) FROM ticket WHERE content = :c AND category_code = :g").param("c", CONTENT)
                .param("g", GYM).query(Long.class).single() == 0) {
            request("2024-01-15T02:00:00Z", GYM, BAIQUAN);
            request("2024-02-05T02:00:00Z", GYM, BAIQUAN);
        }
        clock.set(Instant.parse("2024-02-20T02:00:00Z"));
    }

    @Test
    void everyLeafCategoryHasADimensionButPraiseSuggestionsAndTheUnclassified() throws Exception {
        JsonNode mapping = expect(200, getJson("jianwai", "/api/v1/livelihood/mapping?month=2000-01"));
        assertThat(mapping.get("dimensions")).hasSize(12);
        assertThat(mapping.get("categories").size()).isGreaterThanOrEqualTo(149);
        assertThat(mapping.get("categories").valueStream().filter(c -> c.get("dimensions").isEmpty())
                .map(c -> c.get("categoryCode").asString())).containsExactly("16.01.01", "16.01.02", "16.02.01", "16.03.01");
        JsonNode lift = mapping.get("categories").valueStream()
                .filter(c -> c.get("categoryCode").asString().equals("03.03.01")).findFirst().orElseThrow();
        assertThat(lift.get("categoryName").asString()).isEqualTo("加装电梯");
        assertThat(lift.get("dimensions").valueStream().map(JsonNode::asString)).containsExactly("ELDERLY", "HOUSING");
        assertThat(lift.get("effectiveFrom").asString()).isEqualTo("2000-01");
    }

    @Test
    void aChangeCountsFromItsMonthOnAndTheMonthBeforeKeepsItsOwnMapping() throws Exception {
        expect(200, putJson("adm", "/api/v1/livelihood/mapping/" + GYM, Map.of("dimensions", List.of("DIVERSITY"))));
        assertThat(dimension(february(), "DIVERSITY").get("requests").asLong()).isEqualTo(1);

        JsonNode changed = expect(200, putJson("adm", "/api/v1/livelihood/mapping/" + GYM,
                Map.of("dimensions", List.of("ELDERLY", "ELDERLY"))));
        assertThat(changed.get("effectiveFrom").asString()).isEqualTo("2024-02"); // this month, by default
        assertThat(changed.get("changedBy").asString()).isEqualTo("adm");
        assertThat(changed.get("dimensions").valueStream().map(JsonNode::asString)).containsExactly("ELDERLY");

        JsonNode february = february();
        JsonNode diversity = dimension(february, "DIVERSITY");
        assertThat(diversity.get("requests").asLong()).isZero();
        assertThat(diversity.at("/lastMonth/requests").asLong()).isEqualTo(1); // January, with January's mapping
        assertThat(diversity.at("/lastMonth/percent").decimalValue()).isEqualByComparingTo("-100.0");
        assertThat(dimension(february, "ELDERLY").get("requests").asLong()).isEqualTo(1);
        assertThat(mapped(expect(200, getJson("op", "/api/v1/livelihood/mapping?month=2024-01")))).isEqualTo("[DIVERSITY]");
        assertThat(mapped(expect(200, getJson("op", "/api/v1/livelihood/mapping")))).isEqualTo("[ELDERLY]");

        // back to the default from March on, for whoever counts later months
        expect(200, putJson("adm", "/api/v1/livelihood/mapping/" + GYM,
                Map.of("dimensions", List.of("DIVERSITY"), "effectiveFrom", "2024-03")));
    }

    @Test
    void onlyAnAdministratorMapsAndOnlyKnownLeavesToKnownDimensions() throws Exception {
        Map<String, Object> body = Map.of("dimensions", List.of("SAFETY"));
        assertThat(expect(403, putJson("op", "/api/v1/livelihood/mapping/" + GYM, body)).get("code").asString()).isEqualTo("FORBIDDEN");
        assertThat(expect(403, putJson("sup-city", "/api/v1/livelihood/mapping/" + GYM, body)).get("code").asString()).isEqualTo("FORBIDDEN");
        assertThat(expect(404, putJson("adm", "/api/v1/livelihood/mapping/99.99.99", body)).get("code").asString())
                .isEqualTo("CATEGORY_NOT_FOUND");
        JsonNode notALeaf = expect(400, putJson("adm", "/api/v1/livelihood/mapping/15.02", body));
        assertThat(notALeaf.get("code").asString() + "." + notALeaf.get("reason").asString()).isEqualTo("INVALID_MAPPING.not-a-leaf");
        JsonNode unknown = expect(400, putJson("adm", "/api/v1/livelihood/mapping/" + GYM,
                Map.of("dimensions", List.of("SAFETY", "HAPPINESS"))));
        assertThat(unknown.get("reason").asString()).isEqualTo("unknown-dimension");
        assertThat(unknown.get("detail").asString()).isEqualTo("没有“HAPPINESS”这个民生维度");
        assertThat(expect(400, putJson("adm", "/api/v1/livelihood/mapping/" + GYM, Map.of())).get("code").asString())
                .isEqualTo("VALIDATION_FAILED");
        assertThat(expect(400, putJson("adm", "/api/v1/livelihood/mapping/" + GYM,
                Map.of("dimensions", List.of("SAFETY"), "effectiveFrom", "2024-13"))).get("code").asString())
                .isEqualTo("INVALID_PARAMETER");
        assertThat(expect(400, putJson("adm", "/api/v1/livelihood/mapping/" + GYM,
                Map.of("dimensions", "SAFETY"))).get("code").asString()).isEqualTo("MALFORMED_BODY");
        assertThat(mapped(expect(200, getJson("adm", "/api/v1/livelihood/mapping?month=2024-01")))).isEqualTo("[DIVERSITY]");
    }

    private JsonNode february() throws Exception {
        return expect(200, getJson("op", "/api/v1/livelihood/2024-02?district=" + YANQING));
    }

    private static String mapped(JsonNode mapping) {
        return mapping.get("categories").valueStream().filter(c -> c.get("categoryCode").asString().equals(GYM))
                .findFirst().orElseThrow().get("dimensions").valueStream().map(JsonNode::asString).toList().toString();
    }
}
