package org.minhu.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minhu.directory.Role;
import org.minhu.support.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/** The handler's inbox: only the unit's work, every step in the row, a refusal shown in place, the office's 转派. */
class InboxPageTest extends ApiTestSupport {

    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void users() {
        ensureUsers();
        user("chaoyang-office", Role.HANDLER, CHAOYANG);
        clock.set(START);
    }

    private long ticket(String unit) throws Exception {
        JsonNode t = expect(201, postJson("op", "/api/v1/tickets", Map.of("channel", "PHONE", "type", "COMPLAINT",
                "content", "收件箱测试：楼道堆物", "location", Map.of("address", "朝阳区"))));
        expect(200, postJson("op", "/api/v1/tickets/" + t.get("id").asLong() + "/dispatch", Map.of("unitCode", unit)));
        return t.get("id").asLong();
    }

    private long assignment(long ticket, String unit) {
        return jdbc.sql("SELECT id FROM assignment WHERE ticket_id = :t AND unit_code = :u ORDER BY id DESC LIMIT 1")
                .param("t", ticket).param("u", unit).query(Long.class).single();
    }

    @Test
    void aHandlerSeesOnlyTheUnitsWorkAndActsInTheRow() throws Exception {
        long mine = ticket(JIANWAI);
        long theirs = ticket(CHAOWAI);
        String inbox = page("jianwai", "/inbox");
        assertThat(inbox).contains("data-ticket=\"" + mine + "\"").doesNotContain("data-ticket=\"" + theirs + "\"");

        MvcResult accepted = mvc.perform(post("/inbox/" + assignment(mine, JIANWAI) + "/accept").with(signedIn("jianwai"))
                .with(csrf()).header("HX-Request", "true")).andReturn();
        assertThat(accepted.getResponse().getStatus()).isEqualTo(200);
        assertThat(accepted.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("id=\"inbox-rows\"").contains("已签收");

        MvcResult refused = mvc.perform(post("/inbox/" + assignment(mine, JIANWAI) + "/complete").with(signedIn("jianwai"))
                .with(csrf()).param("text", "已处理")).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(409);
        assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("未能办理").contains("id=\"inbox-rows\"");

        MvcResult notMine = mvc.perform(post("/inbox/" + assignment(theirs, CHAOWAI) + "/accept").with(signedIn("jianwai"))
                .with(csrf())).andReturn();
        assertThat(notMine.getResponse().getStatus()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT status FROM assignment WHERE id = :a").param("a", assignment(theirs, CHAOWAI))
                .query(String.class).single()).isEqualTo("PENDING");
    }

    @Test
    void aDistrictOfficeForwardsARelayedTicketFromItsInbox() throws Exception {
        long relayed = ticket(CHAOYANG);
        assertThat(page("chaoyang-office", "/inbox")).contains("转派");

        MvcResult forwarded = mvc.perform(post("/inbox/" + assignment(relayed, CHAOYANG) + "/forward").with(signedIn("chaoyang-office"))
                .with(csrf()).param("unitCode", JIANWAI).param("role", "LEAD")).andReturn();

        assertThat(forwarded.getResponse().getStatus()).isEqualTo(200);
        assertThat(page("jianwai", "/inbox")).contains("data-ticket=\"" + relayed + "\"");
    }

    @Test
    void theInboxIsAHandlersOnly() throws Exception {
        for (String user : new String[] {"op", "sup-city", "adm"}) {
            assertThat(mvc.perform(get("/inbox").with(signedIn(user))).andReturn().getResponse().getStatus()).isEqualTo(403);
        }
    }

    private String page(String user, String path) throws Exception {
        MvcResult r = mvc.perform(get(path).with(signedIn(user))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private RequestPostProcessor signedIn(String username) {
        return SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername(username));
    }
}
