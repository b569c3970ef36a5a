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

/** The working calendar's page: the years and where they come from, and a year entered only whole and right. */
class CalendarPageTest extends ApiTestSupport {

    @Autowired
    UserDetailsService userDetails;

    @BeforeEach
    void users() {
        ensureUsers();
    }

    @Test
    void theAdministratorSeesTheYearsAndTheFormForTheNextOne() throws Exception {
        MvcResult page = mvc.perform(get("/admin/calendar").with(signedIn("adm"))).andReturn();
        String html = page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(html).contains("国务院安排（内置）").contains("暂定").contains("年的国务院放假安排").contains("id=\"calendar-form\"");
        MvcResult year = mvc.perform(get("/admin/calendar").param("year", "2025").with(signedIn("adm"))).andReturn();
        assertThat(year.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("2025-10-01");
    }

    @Test
    void aYearWithADateOfAnotherYearIsRefusedWithItsReasonAndNothingIsEntered() throws Exception {
        String before = expect(200, getJson("adm", "/api/v1/calendar/years")).toString();
        MvcResult refused = mvc.perform(post("/admin/calendar").with(signedIn("adm")).with(csrf()).param("year", "2027")
                .param("holidays", "2027-01-01, 2026-10-01").param("workdays", "")).andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/admin/calendar?year=2027");
        assertThat(refused.getFlashMap().get("errorCode")).isEqualTo("INVALID_CALENDAR");
        assertThat(expect(200, getJson("adm", "/api/v1/calendar/years")).toString()).isEqualTo(before);
    }

    @Test
    void nobodyButAnAdministratorOpensIt() throws Exception {
        for (String user : new String[] {"op", "jianwai", "sup-city"}) {
            assertThat(mvc.perform(get("/admin/calendar").with(signedIn(user))).andReturn().getResponse().getStatus())
                    .isEqualTo(403);
            assertThat(mvc.perform(post("/admin/calendar").with(signedIn(user)).with(csrf()).param("year", "2027")
                    .param("holidays", "2027-01-01")).andReturn().getResponse().getStatus()).isEqualTo(403);
        }
    }

    private RequestPostProcessor signedIn(String username) {
        return SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername(username));
    }
}
