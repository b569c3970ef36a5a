package org.minhu.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minhu.support.ApiTestSupport;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/** The API's problems speak the caller's language (Accept-Language), Chinese first; the code never changes. */
class ProblemLanguageTest extends ApiTestSupport {

    @BeforeEach
    void users() {
        ensureUsers();
    }

    @Test
    void aMissingTicketIsToldInChineseUnlessTheCallerAsksForEnglish() throws Exception {
        MockHttpServletRequestBuilder missing = get("/api/v1/tickets/987654321").with(httpBasic("op", PASSWORD));

        JsonNode chinese = problem(404, missing.header("Accept-Language", "zh-CN,zh;q=0.9"));
        JsonNode english = problem(404, get("/api/v1/tickets/987654321").with(httpBasic("op", PASSWORD))
                .header("Accept-Language", "en-GB,en;q=0.8"));
        JsonNode unsaid = problem(404, get("/api/v1/tickets/987654321").with(httpBasic("op", PASSWORD)));

        assertThat(chinese.get("detail").asString()).isEqualTo("没有这张工单，或它不在您的范围内");
        assertThat(chinese.get("title").asString()).isEqualTo("未找到");
        assertThat(english.get("detail").asString()).isEqualTo("No ticket 987654321");
        assertThat(english.get("title").asString()).isEqualTo("Not Found");
        assertThat(unsaid.get("detail")).isEqualTo(chinese.get("detail"));
        assertThat(List.of(chinese, english, unsaid)).allSatisfy(p -> assertThat(p.get("code").asString()).isEqualTo("TICKET_NOT_FOUND"));
    }

    @Test
    void aRefusalBeforeAnyControllerSpeaksTheCallersLanguageToo() throws Exception {
        JsonNode chinese = problem(401, get("/api/v1/tickets").header("Accept-Language", "zh"));
        JsonNode english = problem(401, get("/api/v1/tickets").header("Accept-Language", "en"));

        assertThat(chinese.get("detail").asString()).startsWith("请先登录");
        assertThat(english.get("detail").asString()).startsWith("Sign in first");
        assertThat(chinese.get("code").asString()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void theChineseSentenceKeepsTheSpecifics() throws Exception {
        JsonNode search = problem(400, get("/api/v1/tickets").param("q", "噪".repeat(101)).with(httpBasic("op", PASSWORD)));
        assertThat(search.get("detail").asString()).isEqualTo("搜索词最多100个字");
        assertThat(search.get("maxLength").asInt()).isEqualTo(100);

        JsonNode calendar = problem(400, put("/api/v1/calendar/years/2027").with(httpBasic("adm", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("holidays", List.of("2027-01-01", "2028-01-01")))));
        assertThat(calendar.get("detail").asString()).isEqualTo("2028-01-01不在2027年");
        assertThat(calendar.get("reason").asString()).isEqualTo("wrong-year");
    }

    @Test
    void anUnreadableAcceptLanguageIsChineseNotAFailure() throws Exception {
        JsonNode problem = problem(404, get("/api/v1/tickets/987654321").with(httpBasic("op", PASSWORD))
                .header("Accept-Language", ";;q=zz,,"));
        assertThat(problem.get("detail").asString()).contains("没有这张工单");
    }

    private JsonNode problem(int status, MockHttpServletRequestBuilder request) throws Exception {
        var result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        return expect(status, result);
    }
}
