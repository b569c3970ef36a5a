package org.minhu.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minhu.support.ApiTestSupport;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** An administrator uploads street boundaries; a point then resolves to its street, and routing proposes it. */
class StreetBoundaryUploadTest extends ApiTestSupport {

    /** A square around 建外 (lng 116.44–116.45, lat 39.90–39.91) and one around 朝外 north of it. */
    static final String JIANWAI_SQUARE = square(JIANWAI, 116.44, 39.90);
    static final String CHAOWAI_SQUARE = square(CHAOWAI, 116.43, 39.92);

    @BeforeEach
    void users() {
        ensureUsers();
    }

    @AfterEach
    void noBoundaries() throws Exception {
        mvc.perform(delete("/api/v1/boundaries/streets").with(httpBasic("adm", PASSWORD))).andReturn();
    }

    @Test
    void aPointInAnUploadedStreetLiesInThatStreetAndRoutingProposesIt() throws Exception {
        assertThat(expect(200, upload("adm", collection(JIANWAI_SQUARE, CHAOWAI_SQUARE))).get("boundaries").asInt()).isEqualTo(2);

        JsonNode place = expect(200, getJson("op", "/api/v1/places?lat=39.905&lng=116.445"));
        assertThat(place.get("subdistrictCode").asString()).isEqualTo(JIANWAI);
        assertThat(place.get("districtCode").asString()).isEqualTo(CHAOYANG);
        JsonNode elsewhere = expect(200, getJson("op", "/api/v1/places?lat=39.9599&lng=116.2981"));
        assertThat(elsewhere.get("districtCode").asString()).isEqualTo(HAIDIAN);
        assertThat(elsewhere.has("subdistrictCode")).as("no street boundary there").isFalse();
        assertThat(expect(200, getJson("op", "/api/v1/places?lat=39.1256&lng=117.1902")).get("inBeijing").asBoolean()).isFalse();

        JsonNode ticket = expect(201, postJson("op", "/api/v1/tickets", Map.of("channel", "APP", "type", "COMPLAINT",
                "content", "路边井盖缺失", "requester", Map.of("name", "赵先生"),
                "location", Map.of("lat", 39.905, "lng", 116.445))));
        assertThat(ticket.get("suggestions").valueStream().map(s -> s.get("unitCode").asString() + "@" + s.get("reason").asString()))
                .contains(JIANWAI + "@POINT_IN_STREET");
    }

    @Test
    void aBadUploadReportsEveryProblemAndStoresNothing() throws Exception {
        expect(200, upload("adm", collection(JIANWAI_SQUARE)));
        String bowTie = feature(CHAOWAI, "[[[116.43,39.92],[116.44,39.93],[116.44,39.92],[116.43,39.93],[116.43,39.92]]]");
        String overlapping = square(firstStreetOf(), 116.445, 39.905);
        String community = square("110105001001", 116.50, 39.95);
        String unknown = square("110199999000", 116.60, 39.95);
        JsonNode problem = expect(400, upload("adm", collection(JIANWAI_SQUARE, bowTie, overlapping, community, unknown)));

        assertThat(problem.get("code").asString()).isEqualTo("INVALID_BOUNDARIES");
        assertThat(problem.get("problems").valueStream().map(p -> p.get("feature").asInt() + ":" + p.get("message").asString()))
                .hasSize(4)
                .anyMatch(p -> p.startsWith("2:the polygon is not valid"))
                .anyMatch(p -> p.startsWith("1:" + JIANWAI + " overlaps "))
                .anyMatch(p -> p.startsWith("4:110105001001 is not a street or township"))
                .anyMatch(p -> p.startsWith("5:110199999000 is not a street or township"));
        assertThat(expect(200, getJson("adm", "/api/v1/boundaries/streets")).valueStream().map(JsonNode::asString))
                .containsExactly(JIANWAI);
        assertThat(expect(400, upload("adm", "{\"type\":\"Point\"}")).get("code").asString()).isEqualTo("INVALID_BOUNDARIES");
        assertThat(expect(403, upload("op", collection(JIANWAI_SQUARE))).get("code").asString()).isEqualTo("FORBIDDEN");
        assertThat(expect(400, getJson("op", "/api/v1/places?lat=91&lng=116")).get("code").asString()).isEqualTo("INVALID_PARAMETER");
        assertThat(expect(400, getJson("op", "/api/v1/places?lat=abc&lng=116")).get("code").asString()).isEqualTo("INVALID_PARAMETER");
    }

    private String firstStreetOf() {
        return "110105003000";
    }

    private MvcResult upload(String user, String body) throws Exception {
        return mvc.perform(post("/api/v1/boundaries/streets").with(httpBasic(user, PASSWORD))
                .contentType("application/geo+json").content(body)).andReturn();
    }

    static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    static String square(String code, double lng, double lat) {
        double e = lng + 0.01;
        double n = lat + 0.01;
        return feature(code, "[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]".formatted(lng, lat, e, lat, e, n, lng, n, lng, lat));
    }

    static String feature(String code, String ring) {
        return "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + code + "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                + ring + "}}";
    }
}
