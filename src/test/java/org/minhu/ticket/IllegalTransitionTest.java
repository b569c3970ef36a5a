package org.minhu.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A verb from the wrong state is a 409 problem with a code, and changes nothing. */
class IllegalTransitionTest extends TicketApiTestSupport {

    @Test
    void acceptingTwiceIsAConflict() throws Exception {
        long assignment = dispatchedToJianwai(newTicket());
        act("jianwai", assignment, "accept", null);

        assertIllegal(postJson("jianwai", "/api/v1/assignments/" + assignment + "/accept", null));
    }

    @Test
    void completingBeforeRespondingIsAConflict() throws Exception {
        long assignment = dispatchedToJianwai(newTicket());
        act("jianwai", assignment, "accept", null);

        assertIllegal(postJson("jianwai", "/api/v1/assignments/" + assignment + "/complete", Map.of("reply", "好了")));
    }

    @Test
    void respondingBeforeAcceptingIsAConflict() throws Exception {
        long assignment = dispatchedToJianwai(newTicket());

        assertIllegal(postJson("jianwai", "/api/v1/assignments/" + assignment + "/respond", null));
    }

    @Test
    void answeringADispatchedTicketIsAConflict() throws Exception {
        long id = newTicket().get("id").asLong();
        dispatch(id, JIANWAI, "LEAD");

        assertIllegal(postJson("op", "/api/v1/tickets/" + id + "/answer", Map.of("answer", "已答复")));
    }

    @Test
    void callbackBeforeCompletionIsAConflict() throws Exception {
        long id = newTicket().get("id").asLong();

        assertIllegal(postJson("op", "/api/v1/tickets/" + id + "/callback", Map.of("resolved", "YES", "satisfied", "SATISFIED")));
    }

    @Test
    void reopeningWithoutAnUnresolvedCallbackIsAConflict() throws Exception {
        JsonNode ticket = newTicket();
        completeByJianwai(dispatchedToJianwai(ticket));

        JsonNode problem = expect(409, postJson("op", "/api/v1/tickets/" + ticket.get("id").asLong() + "/reopen", null));

        assertThat(problem.get("code").asString()).isEqualTo("REOPEN_NEEDS_UNRESOLVED_CALLBACK");
    }

    @Test
    void closedTicketCannotBeReopenedOrDispatched() throws Exception {
        long id = newTicket().get("id").asLong();
        centre(id, "answer", Map.of("answer", "已答复"));
        centre(id, "callback", Map.of("resolved", "YES", "satisfied", "SATISFIED"));

        assertIllegal(postJson("op", "/api/v1/tickets/" + id + "/reopen", null));
        assertIllegal(postJson("op", "/api/v1/tickets/" + id + "/dispatch", Map.of("unitCode", JIANWAI)));
        assertIllegal(postJson("op", "/api/v1/tickets/" + id + "/terminate", Map.of("reason", "撤回")));
    }

    @Test
    void mergingIntoItselfOrFromADispatchedTicketIsAConflict() throws Exception {
        long id = newTicket().get("id").asLong();
        assertThat(expect(409, postJson("op", "/api/v1/tickets/" + id + "/merge", Map.of("parentId", id))).get("code").asString())
                .isEqualTo("INVALID_MERGE_PARENT");

        long other = newTicket().get("id").asLong();
        dispatch(id, JIANWAI, "LEAD");
        assertIllegal(postJson("op", "/api/v1/tickets/" + id + "/merge", Map.of("parentId", other)));
    }

    @Test
    void secondLeadOrAssistWithoutLeadIsAConflict() throws Exception {
        long id = newTicket().get("id").asLong();
        assertThat(expect(409, postJson("op", "/api/v1/tickets/" + id + "/dispatch",
                Map.of("unitCode", CHAOWAI, "role", "ASSIST"))).get("code").asString()).isEqualTo("LEAD_REQUIRED");
        dispatch(id, JIANWAI, "LEAD");
        assertThat(expect(409, postJson("op", "/api/v1/tickets/" + id + "/dispatch",
                Map.of("unitCode", CHAOWAI, "role", "LEAD"))).get("code").asString()).isEqualTo("LEAD_ALREADY_ASSIGNED");
        assertThat(expect(409, postJson("op", "/api/v1/tickets/" + id + "/dispatch",
                Map.of("unitCode", JIANWAI, "role", "ASSIST"))).get("code").asString()).isEqualTo("ALREADY_ASSIGNED");
    }

    @Test
    void decidingAReturnNobodyAskedForIsAConflict() throws Exception {
        long assignment = dispatchedToJianwai(newTicket());

        assertIllegal(postJson("op", "/api/v1/assignments/" + assignment + "/return/approve", null));
        assertIllegal(postJson("op", "/api/v1/assignments/" + assignment + "/return/reject", null));
        assertIllegal(postJson("op", "/api/v1/assignments/" + assignment + "/extend/approve", null));
    }

    @Test
    void askingASecondExtensionWhileOneIsPendingIsAConflict() throws Exception {
        long assignment = dispatchedToJianwai(newTicket());
        act("jianwai", assignment, "accept", null);
        act("jianwai", assignment, "extend", Map.of("workingDays", 3, "reason", "需协调"));

        JsonNode problem = expect(409, postJson("jianwai", "/api/v1/assignments/" + assignment + "/extend",
                Map.of("workingDays", 4, "reason", "需协调")));

        assertThat(problem.get("code").asString()).isEqualTo("EXTENSION_PENDING");
    }

    @Test
    void actingOnATerminatedTicketsAssignmentIsAConflict() throws Exception {
        JsonNode ticket = newTicket();
        long assignment = dispatchedToJianwai(ticket);
        centre(ticket.get("id").asLong(), "terminate", Map.of("reason", "重复诉求"));

        assertIllegal(postJson("jianwai", "/api/v1/assignments/" + assignment + "/accept", null));
    }

    @Test
    void aRefusedTransitionWritesNothing() throws Exception {
        long id = newTicket().get("id").asLong();
        int before = expect(200, getJson("op", "/api/v1/tickets/" + id + "/events")).get("totalElements").asInt();

        assertIllegal(postJson("op", "/api/v1/tickets/" + id + "/callback", Map.of("resolved", "YES", "satisfied", "SATISFIED")));

        assertThat(expect(200, getJson("op", "/api/v1/tickets/" + id + "/events")).get("totalElements").asInt()).isEqualTo(before);
        assertThat(expect(200, getJson("op", "/api/v1/tickets/" + id)).get("status").asString()).isEqualTo("RECEIVED");
    }

    private void assertIllegal(org.springframework.test.web.servlet.MvcResult result) throws Exception {
        JsonNode problem = expect(409, result);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(problem.get("code").asString()).isEqualTo("ILLEGAL_TRANSITION");
    }
}
