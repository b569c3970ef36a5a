package org.minhu.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minhu.support.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/** The administrator's user pages: create, refuse what the rules refuse, disable, rebind, and the audit shows it all. */
class AdminPagesTest extends ApiTestSupport {

    @Autowired
    UserDetailsService userDetails;

    @BeforeEach
    void users() {
        ensureUsers();
    }

    @Test
    void anAdministratorCreatesAHandlerDisablesItAndTheAuditShowsBoth() throws Exception {
        MvcResult created = mvc.perform(post("/admin/users").with(signedIn("adm")).with(csrf())
                .param("username", "page-handler").param("displayName", "建外街道王工").param("role", "HANDLER")
                .param("unitCode", JIANWAI).param("password", "Jianwai-2026-strong")).andReturn();
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/admin/users?q=page-handler");
        JsonNode user = expect(200, getJson("adm", "/api/v1/users?q=page-handler")).get("content").get(0);
        assertThat(user.get("unitCode").asString()).isEqualTo(JIANWAI);
        assertThat(user.get("enabled").asBoolean()).isTrue();

        mvc.perform(post("/admin/users/page-handler/disable").with(signedIn("adm")).with(csrf())).andReturn();
        assertThat(expect(200, getJson("adm", "/api/v1/users?q=page-handler")).get("content").get(0).get("enabled").asBoolean())
                .isFalse();
        String audit = page("adm", "/admin/events");
        assertThat(audit).contains("page-handler").contains("新建用户").contains("修改用户");
        assertThat(page("adm", "/admin/users?q=page-handler")).contains("建外街道王工").contains("已停用");
    }

    @Test
    void aWeakPasswordOrAHandlerWithoutAUnitIsRefusedWithItsReasonAndNothingIsCreated() throws Exception {
        MvcResult weak = mvc.perform(post("/admin/users").with(signedIn("adm")).with(csrf())
                .param("username", "page-weak").param("role", "OPERATOR").param("password", "page-weak")).andReturn();
        assertThat(weak.getResponse().getRedirectedUrl()).isEqualTo("/admin/users");
        assertThat(weak.getFlashMap().get("errorCode")).isEqualTo("WEAK_PASSWORD");
        MvcResult unbound = mvc.perform(post("/admin/users").with(signedIn("adm")).with(csrf())
                .param("username", "page-unbound").param("role", "HANDLER").param("password", "Unbound-2026-strong")).andReturn();
        assertThat(unbound.getFlashMap().get("errorCode")).isNotNull();
        assertThat(expect(200, getJson("adm", "/api/v1/users?q=page-")).get("content").valueStream()
                .map(u -> u.get("username").asString())).doesNotContain("page-weak", "page-unbound");
    }

    @Test
    void nobodyButAnAdministratorOpensThem() throws Exception {
        for (String user : new String[] {"op", "jianwai", "sup-city"}) {
            assertThat(mvc.perform(get("/admin/users").with(signedIn(user))).andReturn().getResponse().getStatus()).isEqualTo(403);
            assertThat(mvc.perform(get("/admin/events").with(signedIn(user))).andReturn().getResponse().getStatus()).isEqualTo(403);
            assertThat(mvc.perform(post("/admin/users/op/disable").with(signedIn(user)).with(csrf())).andReturn()
                    .getResponse().getStatus()).isEqualTo(403);
        }
        assertThat(expect(200, getJson("adm", "/api/v1/users?q=op")).get("content").valueStream()
                .filter(u -> u.get("username").asString().equals("op")).findFirst().orElseThrow().get("enabled").asBoolean()).isTrue();
    }

    private String page(String user, String path) throws Exception {
        MvcResult r = mvc.perform(get(path).with(signedIn(user))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        return r.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private RequestPostProcessor signedIn(String username) {
        return SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername(username));
    }
}
