package org.minhu.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Role and unit checks, and masking of citizens' phone numbers. */
class TicketAccessTest extends TicketApiTestSupport {

    @Test
    void handlerSeesTheirUnitsTicketWithThephoneMasked() throws Exception {
        long id = newTicket().get("id").asLong();
        dispatch(id, JIANWAI, "LEAD");

        JsonNode seen = expect(200, getJson("jianwai", "/api/v1/tickets/" + id));

        assertThat(seen.get("requester").get("phone").asString()).isEqualTo("138******78");
    }

    @Test
    void handlerCannotSeeAnotherUnitsTicket() throws Exception {
        long id = newTicket().get("id").asLong();
        dispatch(id, JIANWAI, "LEAD");

        JsonNode problem = expect(404, getJson("chaowai", "/api/v1/tickets/" + id));

        assertThat(problem.get("code").asString()).isEqualTo("TICKET_NOT_FOUND");
        assertThat(expect(404, getJson("chaowai", "/api/v1/tickets/" + id + "/events")).get("code").asString())
                .isEqualTo("TICKET_NOT_FOUND");
    }

    @Test
    void handlerCannotActOnAnotherUnitsAssignment() throws Exception {
        long id = newTicket().get("id").asLong();
        long assignment = assignmentOf(dispatch(id, JIANWAI, "LEAD"), JIANWAI).get("id").asLong();

        JsonNode problem = expect(404, postJson("chaowai", "/api/v1/assignments/" + assignment + "/accept", null));

        assertThat(problem.get("code").asString()).isEqualTo("ASSIGNMENT_NOT_FOUND");
    }

    @Test
    void assistingHandlerCannotActOnTheLeadsAssignment() throws Exception {
        long id = newTicket().get("id").asLong();
        long lead = assignmentOf(dispatch(id, JIANWAI, "LEAD"), JIANWAI).get("id").asLong();
        dispatch(id, CHAOWAI, "ASSIST");

        JsonNode problem = expect(403, postJson("chaowai", "/api/v1/assignments/" + lead + "/accept", null));

        assertThat(problem.get("code").asString()).isEqualTo("FORBIDDEN");
    }

    @Test
    void handlerListsOnlyTheirUnitsTickets() throws Exception {
        long mine = newTicket().get("id").asLong();
        dispatch(mine, WANSHOULU, "LEAD");
        long other = newTicket().get("id").asLong();
        dispatch(other, JIANWAI, "LEAD");

        JsonNode page = expect(200, getJson("wanshoulu", "/api/v1/tickets?size=500"));

        assertThat(page.get("content").valueStream().map(t -> t.get("id").asLong())).contains(mine).doesNotContain(other);
        page.get("content").forEach(t -> assertThat(t.get("requester").get("phone").asString()).contains("****"));
    }

    @Test
    void supervisorSeesTheirDistrictOnly() throws Exception {
        long id = newTicket().get("id").asLong();
        dispatch(id, JIANWAI, "LEAD");

        assertThat(expect(200, getJson("sup-chaoyang", "/api/v1/tickets/" + id)).get("requester").get("phone").asString())
                .isEqualTo("138******78");
        expect(404, getJson("sup-haidian", "/api/v1/tickets/" + id));
        expect(200, getJson("sup-city", "/api/v1/tickets/" + id));
        expect(404, postJson("sup-haidian", "/api/v1/tickets/" + id + "/supervise", Map.of("note", "看看")));
    }

    @Test
    void operatorsAndAdminsSeeThePhoneNumberInFull() throws Exception {
        long id = newTicket().get("id").asLong();

        assertThat(expect(200, getJson("op", "/api/v1/tickets/" + id)).at("/requester/phone").asString()).isEqualTo(PHONE);
        assertThat(expect(200, getJson("adm", "/api/v1/tickets/" + id)).at("/requester/phone").asString()).isEqualTo(PHONE);
    }

    @Test
    void onlyTheCentreRegistersAndDispatches() throws Exception {
        JsonNode refused = expect(403, postJson("jianwai", "/api/v1/tickets", Map.of(
                "channel", "PHONE", "type", "HELP", "content", "路灯不亮")));
        assertThat(refused.get("code").asString()).isEqualTo("FORBIDDEN");

        long id = newTicket().get("id").asLong();
        expect(403, postJson("sup-city", "/api/v1/tickets/" + id + "/dispatch", Map.of("unitCode", JIANWAI)));
        expect(403, postJson("adm", "/api/v1/tickets/" + id + "/answer", Map.of("answer", "好的")));
    }

    @Test
    void operatorCannotSupervise() throws Exception {
        long id = newTicket().get("id").asLong();

        assertThat(expect(403, postJson("op", "/api/v1/tickets/" + id + "/supervise", Map.of())).get("code").asString())
                .isEqualTo("FORBIDDEN");
    }

    @Test
    void unauthenticatedCallerGetsAProblem() throws Exception {
        var result = mvc.perform(get("/api/v1/tickets/1")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(401);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(body(result).get("code").asString()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void wrongPasswordIsUnauthenticated() throws Exception {
        var result = mvc.perform(get("/api/v1/tickets/1").with(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic("op", "wrong-password")))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(401);
    }
}
