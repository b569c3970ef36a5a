package org.minhu.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minhu.support.ApiTestSupport;
import tools.jackson.databind.JsonNode;

/** An administrator changes the responsibility list from a day on; earlier days keep theirs. */
class ResponsibilityApiTest extends ApiTestSupport {

    static final String CATEGORY = "07.02.02";

    @BeforeEach
    void users() {
        ensureUsers();
    }

    private JsonNode row(String on) throws Exception {
        return expect(200, getJson("op", "/api/v1/responsibilities?on=" + on)).valueStream()
                .filter(r -> r.get("categoryCode").asString().equals(CATEGORY)).findFirst().orElseThrow();
    }

    @Test
    void theListIsSeededFromTheTaxonomyAndAChangeTakesEffectFromItsDay() throws Exception {
        assertThat(expect(200, getJson("op", "/api/v1/responsibilities")).size()).isGreaterThan(100);
        String before = row("2030-05-31").get("lead").asString();

        JsonNode changed = expect(200, putJson("adm", "/api/v1/responsibilities/" + CATEGORY, Map.of("lead", "UNIT",
                "leadUnitCode", "D11000000008", "assistUnitCodes", List.of("E11000000001"), "assistPlace", true,
                "effectiveFrom", "2030-06-01")));
        assertThat(changed.get("changedBy").asString()).isEqualTo("adm");

        assertThat(row("2030-05-31").get("lead").asString()).isEqualTo(before);
        JsonNode june = row("2030-06-01");
        assertThat(june.get("lead").asString()).isEqualTo("UNIT");
        assertThat(june.get("leadUnitCode").asString()).isEqualTo("D11000000008");
        assertThat(june.get("assistUnitCodes").get(0).asString()).isEqualTo("E11000000001");
    }

    @Test
    void onlyAdministratorsChangeItAndOnlyWithUnitsThatExist() throws Exception {
        Map<String, Object> good = Map.of("lead", "PLACE", "effectiveFrom", "2031-01-01");
        assertThat(expect(403, putJson("op", "/api/v1/responsibilities/" + CATEGORY, good)).get("code").asString())
                .isEqualTo("FORBIDDEN");
        assertThat(expect(400, putJson("adm", "/api/v1/responsibilities/" + CATEGORY, Map.of("lead", "UNIT",
                "leadUnitCode", JIANWAI))).get("detail").asString()).contains("委办局");
        assertThat(expect(400, putJson("adm", "/api/v1/responsibilities/" + CATEGORY, Map.of("lead", "PLACE",
                "assistUnitCodes", List.of("X1")))).get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(expect(400, putJson("adm", "/api/v1/responsibilities/07", good)).get("code").asString())
                .isEqualTo("VALIDATION_FAILED");
        assertThat(expect(404, putJson("adm", "/api/v1/responsibilities/99.99.99", good)).get("code").asString())
                .isEqualTo("CATEGORY_NOT_FOUND");
        assertThat(expect(400, putJson("adm", "/api/v1/responsibilities/" + CATEGORY, Map.of("lead", "SOMEONE")))
                .get("code").asString()).isNotBlank();
        assertThat(expect(400, getJson("op", "/api/v1/responsibilities?on=2030-13-01")).get("code").asString())
                .isEqualTo("INVALID_PARAMETER");
    }
}
