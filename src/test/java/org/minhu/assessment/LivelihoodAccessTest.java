package org.minhu.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who reads which district's 七有五性 through the API, and what the API refuses. */
class LivelihoodAccessTest extends LivelihoodTestSupport {

    @BeforeEach
    void users() {
        ensureUsers();
        clock.set(Instant.parse("2026-12-07T02:00:00Z"));
    }

    @Test
    void aDistrictSupervisorReadsOwnDistrictOnlyAndAHandlerNone() throws Exception {
        assertThat(expect(200, getJson("sup-haidian", "/api/v1/livelihood/2026-11")).get("districtCode").asString())
                .isEqualTo(HAIDIAN);
        assertThat(expect(200, getJson("sup-haidian", "/api/v1/livelihood/2026-11?district=" + HAIDIAN))
                .get("districtName").asString()).isEqualTo("海淀区");
        assertThat(code(403, getJson("sup-haidian", "/api/v1/livelihood/2026-11?district=" + YANQING))).isEqualTo("FORBIDDEN");
        assertThat(code(403, getJson("jianwai", "/api/v1/livelihood/2026-11?district=" + CHAOYANG))).isEqualTo("FORBIDDEN");
    }

    @Test
    void theCentreAdministratorsAndCitySupervisorsReadAnyDistrictOrTheCity() throws Exception {
        for (String reader : new String[] {"op", "adm", "sup-city"}) {
            assertThat(expect(200, getJson(reader, "/api/v1/livelihood/2026-11")).has("districtCode")).isFalse();
            assertThat(expect(200, getJson(reader, "/api/v1/livelihood/2026-11?district=" + YANQING))
                    .get("districtCode").asString()).isEqualTo(YANQING);
        }
    }

    @Test
    void aBadMonthOrSomethingElseThanADistrictIsABadParameter() throws Exception {
        for (String path : new String[] {"2026-13", "2026-1", "26-11", "0000-01", "-0001-01", "1999-12", "abc",
                "2027-01", "2026-11?district=" + BAIQUAN, "2026-11?district=nowhere", "2026-11?district=%27%20OR%201=1"}) {
            assertThat(code(400, getJson("op", "/api/v1/livelihood/" + path))).as(path).isEqualTo("INVALID_PARAMETER");
        }
        var problem = expect(400, getJson("op", "/api/v1/livelihood/2026-11?district=" + BAIQUAN));
        assertThat(problem.get("detail").asString()).isEqualTo("没有编码为" + BAIQUAN + "的区");
    }

    private String code(int status, org.springframework.test.web.servlet.MvcResult result) throws Exception {
        var body = expect(status, result);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        return body.get("code").asString();
    }
}
