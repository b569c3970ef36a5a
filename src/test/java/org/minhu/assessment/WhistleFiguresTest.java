package org.minhu.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minhu.directory.Role;
import org.minhu.support.ApiTestSupport;
import tools.jackson.databind.JsonNode;

/** The month shows, beside the scores, the whistles a street blew and the report-ins each department made on time. */
class WhistleFiguresTest extends ApiTestSupport {

    static final String ENVIRONMENT = "D11000000004";
    static final String MARKET = "D11000000005";

    @Test
    void whistlesBlownAndReportInsOnTimeAreCountedPerUnitAndMonth() throws Exception {
        ensureUsers();
        user("env", Role.HANDLER, ENVIRONMENT);
        user("market", Role.HANDLER, MARKET);
        clock.set(Instant.parse("2024-06-03T02:00:00Z"));
        long ticket = expect(201, postJson("op", "/api/v1/tickets", Map.of("channel", "PHONE", "type", "COMPLAINT",
                "content", "饭店油烟直排", "location", Map.of("address", "建外街道")))).get("id").asLong();
        JsonNode dispatched = expect(200, postJson("op", "/api/v1/tickets/" + ticket + "/dispatch",
                Map.of("unitCode", JIANWAI, "role", "LEAD")));
        long lead = dispatched.get("assignments").get(0).get("id").asLong();
        expect(200, postJson("jianwai", "/api/v1/assignments/" + lead + "/accept", null));
        long whistle = expect(201, postJson("jianwai", "/api/v1/tickets/" + ticket + "/whistle", Map.of("type", "DAILY",
                "unitCodes", List.of(ENVIRONMENT, MARKET), "note", "油烟直排，请环保、市场监管到场"))).get("id").asLong();
        clock.advance(Duration.ofMinutes(10));
        expect(200, postJson("env", "/api/v1/whistles/" + whistle + "/report", null));
        clock.advance(Duration.ofMinutes(40));
        expect(200, postJson("market", "/api/v1/whistles/" + whistle + "/report", null));

        JsonNode streets = expect(200, getJson("sup-city", "/api/v1/assessments/2024-06?group=SUBDISTRICT&size=500"));
        JsonNode departments = expect(200, getJson("sup-city", "/api/v1/assessments/2024-06?group=DEPARTMENT&size=500"));

        assertThat(row(streets, JIANWAI).get("whistlesBlown").asLong()).isEqualTo(1);
        assertThat(row(departments, ENVIRONMENT).get("reportInsDue").asLong()).isEqualTo(1);
        assertThat(row(departments, ENVIRONMENT).get("reportInsOnTime").asLong()).isEqualTo(1);
        assertThat(row(departments, MARKET).get("reportInsDue").asLong()).isEqualTo(1);
        assertThat(row(departments, MARKET).get("reportInsOnTime").asLong()).isZero();
        assertThat(row(streets, CHAOWAI).get("whistlesBlown").asLong()).isZero();
    }

    private static JsonNode row(JsonNode month, String unit) {
        return month.get("content").valueStream().filter(r -> r.get("unitCode").asString().equals(unit)).findFirst()
                .orElseThrow(() -> new AssertionError("no row of " + unit));
    }
}
