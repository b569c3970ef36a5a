package org.minhu.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minhu.support.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Deadline rules come in dated versions: a new one from a later day is kept, history is never rewritten. */
class RulesPageTest extends ApiTestSupport {

    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void users() {
        ensureUsers();
        clock.set(START);
    }

    @Test
    void anAdministratorAddsAVersionFromALaterDayAndSeesItUpcoming() throws Exception {
        MvcResult saved = mvc.perform(rule("WHISTLE_REPORT", "45", "2099-01-01").with(signedIn("adm"))).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/admin/rules");
        assertThat(saved.getFlashMap().get("errorCode")).isNull();
        assertThat(jdbc.sql("SELECT amount FROM deadline_rule WHERE step = 'WHISTLE_REPORT' AND effective_from = DATE '2099-01-01'")
                .query(Integer.class).single()).isEqualTo(45);
        String page = mvc.perform(get("/admin/rules").with(signedIn("adm"))).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("2099-01-01").contains("待生效").contains("现行").contains("吹哨报到");
    }

    @Test
    void aVersionInThePastOrOfNoLengthIsRefusedAndNothingChanges() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM deadline_rule").query(Long.class).single();
        MvcResult past = mvc.perform(rule("COMPLETE", "5", "2020-01-01").with(signedIn("adm"))).andReturn();
        MvcResult zero = mvc.perform(rule("COMPLETE", "0", "2099-02-01").with(signedIn("adm"))).andReturn();
        assertThat(past.getFlashMap().get("errorCode")).isEqualTo("INVALID_RULE");
        assertThat(zero.getFlashMap().get("errorCode")).isEqualTo("INVALID_RULE");
        assertThat(jdbc.sql("SELECT count(*) FROM deadline_rule").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void nobodyButAnAdministratorOpensItOrChangesARule() throws Exception {
        for (String user : new String[] {"op", "jianwai", "sup-city"}) {
            assertThat(mvc.perform(get("/admin/rules").with(signedIn(user))).andReturn().getResponse().getStatus()).isEqualTo(403);
            assertThat(mvc.perform(rule("ACCEPT", "1", "2099-03-01").with(signedIn(user))).andReturn().getResponse().getStatus())
                    .isEqualTo(403);
        }
    }

    private MockHttpServletRequestBuilder rule(String step, String amount, String from) {
        return post("/admin/rules").with(csrf()).param("step", step).param("deadlineClass", "").param("amount", amount)
                .param("unit", "MINUTES").param("effectiveFrom", from).param("note", "试行");
    }

    private RequestPostProcessor signedIn(String username) {
        return SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername(username));
    }
}
