package org.minhu.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every path of the lifecycle in design.md, through the API, on the embedded PostgreSQL. */
class TicketLifecycleTest extends TicketApiTestSupport {

    @Test
    void operatorRegistersATicketWithANumberAndRoutingSuggestions() throws Exception {
        JsonNode ticket = newTicket();

        assertThat(ticket.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(ticket.get("number").asString()).matches("250303\\d{7}");
        assertThat(ticket.get("urgency").asString()).isEqualTo("NORMAL");
        assertThat(ticket.get("districtCode").asString()).isEqualTo(CHAOYANG);
        assertThat(ticket.get("suggestions").get(0).get("unitCode").asString()).isEqualTo(JIANWAI);
        assertThat(ticket.get("requester").get("phone").asString()).isEqualTo(PHONE);
    }

    @Test
    void ticketJsonCarriesEveryFieldClientsRelyOn() throws Exception {
        JsonNode ticket = newTicket();
        JsonNode dispatched = dispatch(ticket.get("id").asLong(), JIANWAI, "LEAD");

        assertThat(ticket.propertyNames()).contains("id", "number", "status", "channel", "type", "urgency", "content",
                "categoryCode", "unitCode", "createdAt", "requester", "assignments", "callback", "suggestions");
        assertThat(ticket.get("requester").propertyNames()).contains("name", "phone");
        assertThat(dispatched.has("suggestions")).isFalse();
        assertThat(dispatched.get("assignments").get(0).propertyNames()).contains("id", "unitCode", "role", "route",
                "status", "acceptDueAt", "respondDueAt", "completeDueAt", "overdue");
    }

    @Test
    void answeredTicketClosesAtCallback() throws Exception {
        long id = newTicket().get("id").asLong();

        JsonNode answered = centre(id, "answer", Map.of("answer", "已告知夜间施工许可查询方式"));
        JsonNode closed = centre(id, "callback", Map.of("resolved", "YES", "satisfied", "SATISFIED"));

        assertThat(answered.get("status").asString()).isEqualTo("ANSWERED");
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("callback").get("resolved").asString()).isEqualTo("YES");
        assertThat(eventTypes(id)).containsExactly("CREATED", "ANSWERED", "CALLBACK_RECORDED", "CLOSED");
    }

    @Test
    void dispatchedTicketRunsToCloseWithDeadlinesStoredAtEachStep() throws Exception {
        JsonNode ticket = newTicket();
        long id = ticket.get("id").asLong();
        JsonNode dispatched = dispatch(id, JIANWAI, "LEAD");
        JsonNode lead = assignmentOf(dispatched, JIANWAI);

        assertThat(dispatched.get("status").asString()).isEqualTo("DISPATCHED");
        assertThat(dispatched.get("unitCode").asString()).isEqualTo(JIANWAI);
        assertThat(lead.get("status").asString()).isEqualTo("PENDING");
        assertThat(Instant.parse(lead.get("acceptDueAt").asString())).isEqualTo(START.plus(Duration.ofHours(2)));
        assertThat(Instant.parse(lead.get("respondDueAt").asString())).isEqualTo(START.plus(Duration.ofHours(24)));
        // 7 working days from Monday 2025-03-03 10:00: the next Wednesday 10:00
        assertThat(Instant.parse(lead.get("completeDueAt").asString())).isEqualTo(Instant.parse("2025-03-12T02:00:00Z"));

        long assignment = lead.get("id").asLong();
        clock.advance(Duration.ofMinutes(30));
        assertThat(act("jianwai", assignment, "accept", null).at("/assignments/0/status").asString()).isEqualTo("ACCEPTED");
        clock.advance(Duration.ofHours(3));
        assertThat(act("jianwai", assignment, "respond", null).at("/assignments/0/status").asString()).isEqualTo("RESPONDED");
        clock.advance(Duration.ofDays(1));
        JsonNode completed = act("jianwai", assignment, "complete", Map.of("reply", "已协调施工单位停止夜间施工"));

        assertThat(completed.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(completed.at("/assignments/0/reply").asString()).isEqualTo("已协调施工单位停止夜间施工");
        // callback due 2 working days after completion on Tuesday 2025-03-04 13:30 → Thursday 13:30
        assertThat(Instant.parse(completed.get("callbackDueAt").asString())).isEqualTo(Instant.parse("2025-03-06T05:30:00Z"));

        JsonNode closed = centre(id, "callback", Map.of("resolved", "YES", "satisfied", "BASICALLY"));
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(eventTypes(id)).containsExactly("CREATED", "DISPATCHED", "ACCEPTED", "RESPONDED",
                "ASSIGNMENT_COMPLETED", "COMPLETED", "CALLBACK_RECORDED", "CLOSED");
    }

    @Test
    void severalUnitsShareATicketAndTheLeadDecidesCompletion() throws Exception {
        long id = newTicket().get("id").asLong();
        long lead = dispatchedToJianwai(newTicketless(id));
        JsonNode withAssist = expect(200, postJson("op", "/api/v1/tickets/" + id + "/dispatch",
                Map.of("unitCode", CHAOWAI, "role", "ASSIST", "route", "RELAYED")));
        JsonNode assist = assignmentOf(withAssist, CHAOWAI);

        assertThat(assist.get("role").asString()).isEqualTo("ASSIST");
        assertThat(assist.get("route").asString()).isEqualTo("RELAYED");
        act("chaowai", assist.get("id").asLong(), "accept", null);
        JsonNode completed = completeByJianwai(lead);
        assertThat(completed.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(assignmentOf(completed, CHAOWAI).get("status").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void approvedReturnRedispatchesToAnotherUnit() throws Exception {
        long id = newTicket().get("id").asLong();
        long assignment = dispatchedToJianwai(newTicketless(id));

        JsonNode asked = act("jianwai", assignment, "return", Map.of("reason", "地址属于朝外街道辖区"));
        assertThat(assignmentOf(asked, JIANWAI).get("status").asString()).isEqualTo("RETURN_REQUESTED");
        assertThat(assignmentOf(asked, JIANWAI).get("returnReason").asString()).isEqualTo("地址属于朝外街道辖区");

        JsonNode approved = act("op", assignment, "return/approve", Map.of("unitCode", CHAOWAI));
        assertThat(assignmentOf(approved, JIANWAI).get("status").asString()).isEqualTo("RETURNED");
        assertThat(assignmentOf(approved, CHAOWAI).get("status").asString()).isEqualTo("PENDING");
        assertThat(approved.get("unitCode").asString()).isEqualTo(CHAOWAI);
        assertThat(approved.get("status").asString()).isEqualTo("DISPATCHED");
    }

    @Test
    void approvedReturnWithoutNewUnitGoesBackToTheCentre() throws Exception {
        long id = newTicket().get("id").asLong();
        long assignment = dispatchedToJianwai(newTicketless(id));
        act("jianwai", assignment, "return", Map.of("reason", "不属于本街道职责"));

        JsonNode approved = act("op", assignment, "return/approve", null);

        assertThat(approved.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(approved.get("unitCode").isNull()).isTrue();
    }

    @Test
    void rejectedReturnLeavesTheUnitHoldingAnAcceptedAssignment() throws Exception {
        long id = newTicket().get("id").asLong();
        long assignment = dispatchedToJianwai(newTicketless(id));
        act("jianwai", assignment, "return", Map.of("reason", "不属于本街道职责"));

        JsonNode rejected = act("op", assignment, "return/reject", null);

        assertThat(assignmentOf(rejected, JIANWAI).get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(eventTypes(id)).contains("RETURN_REQUESTED", "RETURN_REJECTED");
    }

    @Test
    void returnAfterItsWindowIsRefused() throws Exception {
        long id = newTicket().get("id").asLong();
        long assignment = dispatchedToJianwai(newTicketless(id));
        clock.advance(Duration.ofHours(25));

        JsonNode problem = expect(409, postJson("jianwai", "/api/v1/assignments/" + assignment + "/return",
                Map.of("reason", "不属于本街道职责")));

        assertThat(problem.get("code").asString()).isEqualTo("RETURN_WINDOW_CLOSED");
    }

    @Test
    void approvedExtensionMovesTheCompletionDeadline() throws Exception {
        long id = newTicket().get("id").asLong();
        long assignment = dispatchedToJianwai(newTicketless(id));
        act("jianwai", assignment, "accept", null);

        JsonNode asked = act("jianwai", assignment, "extend", Map.of("workingDays", 5, "reason", "需协调产权单位"));
        JsonNode lead = assignmentOf(asked, JIANWAI);
        assertThat(lead.get("extensionStatus").asString()).isEqualTo("REQUESTED");
        // five working days after Wednesday 2025-03-12 10:00
        assertThat(lead.get("extensionUntil").asString()).isEqualTo("2025-03-19T02:00:00Z");
        assertThat(lead.get("completeDueAt").asString()).isEqualTo("2025-03-12T02:00:00Z");

        JsonNode approved = act("op", assignment, "extend/approve", null);
        assertThat(assignmentOf(approved, JIANWAI).get("completeDueAt").asString()).isEqualTo("2025-03-19T02:00:00Z");
        assertThat(assignmentOf(approved, JIANWAI).get("extensionStatus").asString()).isEqualTo("APPROVED");
    }

    @Test
    void rejectedExtensionKeepsTheDeadline() throws Exception {
        long id = newTicket().get("id").asLong();
        long assignment = dispatchedToJianwai(newTicketless(id));
        act("jianwai", assignment, "accept", null);
        act("jianwai", assignment, "extend", Map.of("until", "2025-04-01T02:00:00Z", "reason", "需协调产权单位"));

        JsonNode rejected = act("op", assignment, "extend/reject", null);

        assertThat(assignmentOf(rejected, JIANWAI).get("extensionStatus").asString()).isEqualTo("REJECTED");
        assertThat(assignmentOf(rejected, JIANWAI).get("completeDueAt").asString()).isEqualTo("2025-03-12T02:00:00Z");
    }

    @Test
    void unresolvedCallbackReopensTheTicketToItsUnit() throws Exception {
        long id = newTicket().get("id").asLong();
        long first = dispatchedToJianwai(newTicketless(id));
        completeByJianwai(first);

        JsonNode unresolved = centre(id, "callback", Map.of("resolved", "NO", "satisfied", "DISSATISFIED"));
        assertThat(unresolved.get("status").asString()).isEqualTo("COMPLETED");

        JsonNode reopened = centre(id, "reopen", null);
        assertThat(reopened.get("status").asString()).isEqualTo("DISPATCHED");
        assertThat(reopened.get("reopenCount").asInt()).isEqualTo(1);
        JsonNode again = assignmentOf(reopened, JIANWAI);
        assertThat(again.get("id").asLong()).isNotEqualTo(first);
        assertThat(again.get("status").asString()).isEqualTo("PENDING");
        assertThat(again.get("role").asString()).isEqualTo("LEAD");
    }

    @Test
    void duplicateMergesIntoItsParent() throws Exception {
        long parent = newTicket().get("id").asLong();
        long child = newTicket().get("id").asLong();

        JsonNode merged = centre(child, "merge", Map.of("parentId", parent));

        assertThat(merged.get("status").asString()).isEqualTo("MERGED");
        assertThat(merged.get("parentId").asLong()).isEqualTo(parent);
        assertThat(eventTypes(parent)).contains("DUPLICATE_MERGED");
    }

    @Test
    void terminationCancelsOpenAssignments() throws Exception {
        long id = newTicket().get("id").asLong();
        dispatchedToJianwai(newTicketless(id));

        JsonNode terminated = centre(id, "terminate", Map.of("reason", "诉求人撤回"));

        assertThat(terminated.get("status").asString()).isEqualTo("TERMINATED");
        assertThat(terminated.get("terminatedReason").asString()).isEqualTo("诉求人撤回");
        assertThat(assignmentOf(terminated, JIANWAI).get("status").asString()).isEqualTo("CANCELLED");
    }

    @Test
    void supervisorFlagsATicketOfTheirDistrict() throws Exception {
        long id = newTicket().get("id").asLong();
        dispatchedToJianwai(newTicketless(id));

        JsonNode supervised = expect(200, postJson("sup-chaoyang", "/api/v1/tickets/" + id + "/supervise",
                Map.of("note", "群众反映强烈，请加快办理")));

        assertThat(supervised.get("supervised").asBoolean()).isTrue();
        assertThat(eventTypes(id)).contains("SUPERVISED");
    }

    @Test
    void unreachableCitizenClosesTheTicketWithoutAnswers() throws Exception {
        long id = newTicket().get("id").asLong();
        completeByJianwai(dispatchedToJianwai(newTicketless(id)));

        JsonNode closed = centre(id, "callback", Map.of("unreachable", true));

        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("callback").get("unreachable").asBoolean()).isTrue();
    }

    @Test
    void eventLogPagesInOrder() throws Exception {
        long id = newTicket().get("id").asLong();
        completeByJianwai(dispatchedToJianwai(newTicketless(id)));

        JsonNode page = expect(200, getJson("op", "/api/v1/tickets/" + id + "/events?page=1&size=2"));

        assertThat(page.get("totalElements").asInt()).isEqualTo(6);
        assertThat(page.get("page").asInt()).isEqualTo(1);
        assertThat(page.get("content").get(0).get("type").asString()).isEqualTo("ACCEPTED");
        assertThat(page.get("content").get(0).get("actor").asString()).isEqualTo("jianwai");
    }

    private JsonNode newTicketless(long id) throws Exception {
        return expect(200, getJson("op", "/api/v1/tickets/" + id));
    }

    List<String> eventTypes(long id) throws Exception {
        List<String> types = new ArrayList<>();
        for (JsonNode e : expect(200, getJson("op", "/api/v1/tickets/" + id + "/events")).get("content")) {
            types.add(e.get("type").asString());
        }
        return types;
    }
}
