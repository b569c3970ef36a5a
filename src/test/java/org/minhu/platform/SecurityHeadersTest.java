package org.minhu.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minhu.support.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;

/** The smaller guards: CSRF for sessions, a content security policy, and what anonymous callers may read. */
class SecurityHeadersTest extends ApiTestSupport {

    @Autowired
    UserDetailsService userDetails;

    @Test
    void aSessionChangeWithSomeOtherAuthorizationHeaderStillNeedsItsCsrfToken() throws Exception {
        ensureUsers();
        MvcResult result = mvc.perform(post("/api/v1/tickets").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                        userDetails.loadUserByUsername("op")))
                .header("Authorization", "Bearer not-a-basic-credential").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("channel", "PHONE", "type", "COMPLAINT", "content", "测试"))))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(body(result).get("code").asString()).isEqualTo("CSRF_REJECTED");
    }

    @Test
    void consolePagesForbidInlineScriptsAndFraming() throws Exception {
        MvcResult login = mvc.perform(get("/login")).andReturn();
        String policy = login.getResponse().getHeader("Content-Security-Policy");
        assertThat(policy).contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(login.getResponse().getHeader("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(login.getResponse().getContentAsString()).doesNotContain("style=\"").doesNotContain("<script>");
    }

    @Test
    void metricsAndTheApiDescriptionNeedASignIn() throws Exception {
        for (String path : new String[] {"/actuator/prometheus", "/v3/api-docs", "/swagger-ui.html"}) {
            int status = mvc.perform(get(path)).andReturn().getResponse().getStatus();
            assertThat(status).as(path).isIn(401, 302);
        }
        MvcResult health = mvc.perform(get("/actuator/health")).andReturn();
        assertThat(health.getResponse().getStatus()).isEqualTo(200);
        assertThat(health.getResponse().getContentAsString()).doesNotContain("calendar");
    }
}
