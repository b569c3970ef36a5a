package org.minhu.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The assessment dashboard: who may open it, what each sees, and what it refuses. */
class DashboardPageTest extends DashboardTestSupport {

    static final String DONGCHENG = "110101000000";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    tools.jackson.databind.json.JsonMapper json;

    @Test
    void theCentreAdminsAndSupervisorsOpenLastMonthOncePublished() throws Exception {
        for (String user : new String[] {"dash-op", "dash-adm", "dash-sup-city"}) {
            String html = page(200, get("/assessments"), user);

            assertThat(html).as(user).contains("接诉即办考核看板").contains("已发布").contains("value=\"2024-05\"")
                    .contains("街道排名").contains("海淀区").contains("↑").contains("↓");
            assertThat(page(200, get("/tickets"), user)).as(user).contains("href=\"/assessments\"");
        }
    }

    @Test
    void aHandlerGetsTheForbiddenPageAndNoLink() throws Exception {
        String html = page(403, get("/assessments"), "dash-jianwai");

        assertThat(html).contains("FORBIDDEN").contains("您的角色不能做这件事").doesNotContain("街道排名");
        assertThat(page(200, get("/tickets"), "dash-jianwai")).doesNotContain("href=\"/assessments\"");
    }

    @Test
    void aDistrictSupervisorSeesTheirDistrictOnly() throws Exception {
        String html = page(200, get("/assessments").param("group", "SUBDISTRICT"), "dash-sup-chaoyang");
        String districts = page(200, get("/assessments").param("group", "DISTRICT"), "dash-sup-chaoyang");

        assertThat(html).contains("建外街道").doesNotContain("东华门街道").doesNotContain("全市");
        assertThat(districts.split("data-name=\"朝阳区\"", -1)).hasSize(3); // the ranking's row and the map's
        assertThat(districts).doesNotContain("data-name=\"海淀区\"");
        page(400, get("/assessments").param("district", HAIDIAN), "dash-sup-chaoyang");
    }

    @Test
    void theFiltersNarrowTheRankingAndThePagesTurn() throws Exception {
        String haidian = page(200, get("/assessments").param("month", "2024-04").param("district", HAIDIAN),
                "dash-sup-city");
        String second = page(200, get("/assessments").param("group", "TOWNSHIP").param("page", "1"), "dash-sup-city");

        String dongcheng = page(200, get("/assessments").param("district", DONGCHENG), "dash-sup-city");

        assertThat(haidian).contains("value=\"2024-04\"").contains("万寿路街道").doesNotContain("建外街道");
        assertThat(dongcheng).contains("东华门街道").contains("样本不足");
        assertThat(second).contains("乡镇排名").contains("上一页");
    }

    @Test
    void badParametersGetTheErrorPageWithTheReason() throws Exception {
        assertThat(page(400, get("/assessments").param("month", "2026-13"), "dash-op")).contains("INVALID_PARAMETER")
                .contains("“2026-13”不是月份");
        assertThat(page(400, get("/assessments").param("group", "FOO"), "dash-op")).contains("没有“FOO”这一单位类别");
        assertThat(page(400, get("/assessments").param("group", "CENTER"), "dash-op")).contains("单位类别");
        assertThat(page(400, get("/assessments").param("page", "-1"), "dash-op")).contains("页码“-1”不对");
        assertThat(page(400, get("/assessments").param("page", "abc"), "dash-op")).contains("页码");
        assertThat(page(400, get("/assessments").param("district", "999"), "dash-op")).contains("不是您可以查看的区");
        assertThat(page(400, get("/assessments").param("month", "2024-07"), "dash-op")).contains("2024-07 还没有开始");
        assertThat(page(400, get("/assessments").param("month", "2026-13").param("lang", "en"), "dash-op"))
                .contains("is not a month");
    }

    @Test
    void withLastMonthUnpublishedThePageOpensOnThisMonthsPreview() throws Exception {
        clock.set(Instant.parse("2024-08-05T02:00:00Z"));

        String html = page(200, get("/assessments"), "dash-sup-city");

        assertThat(html).contains("value=\"2024-08\"").contains("预览，尚未发布");
    }

    @Test
    void englishIsOneClickAway() throws Exception {
        String html = page(200, get("/assessments").param("lang", "en").param("district", DONGCHENG), "dash-sup-city");

        assertThat(html).contains("Assessment dashboard").contains("Ranking: Subdistricts").contains("small sample");
    }

    @Test
    void theDistrictBoundariesAreServedCachedAndMatchTheDirectory() throws Exception {
        MvcResult result = mvc.perform(get("/geo/beijing-districts.geojson").with(signedIn("dash-op"))).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).startsWith("application/geo+json");
        assertThat(result.getResponse().getHeader("Cache-Control")).contains("max-age=86400");
        var features = json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).get("features");
        var districts = units.all().stream().filter(u -> u.kind() == org.minhu.directory.UnitKind.DISTRICT)
                .collect(java.util.stream.Collectors.toMap(u -> u.code(), u -> u.name()));
        var matched = features.valueStream().collect(java.util.stream.Collectors.toMap(
                f -> f.at("/properties/code").asString(), f -> f.at("/properties/name").asString()));
        assertThat(districts).hasSize(16);
        assertThat(matched).isEqualTo(districts);
    }

    private String page(int status, MockHttpServletRequestBuilder request, String user) throws Exception {
        MvcResult result = mvc.perform(request.with(signedIn(user))).andReturn();
        String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as(html).isEqualTo(status);
        return html;
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor signedIn(String username) {
        return SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername(username));
    }
}
