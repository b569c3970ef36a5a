package org.minhu.ticket;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.minhu.support.ApiTestSupport;
import tools.jackson.databind.JsonNode;

/** Steps of the lifecycle as the API's callers take them, for the ticket tests. */
abstract class TicketApiTestSupport extends ApiTestSupport {

    static final String PHONE = "13812345678";

    @BeforeEach
    void resetWorld() {
        clock.set(START);
        ensureUsers();
    }

    JsonNode newTicket() throws Exception {
        return expect(201, postJson("op", "/api/v1/tickets", Map.of(
                "channel", "PHONE", "type", "COMPLAINT",
                "content", "建外街道永安里小区夜间施工噪音扰民，请尽快处理",
                "requester", Map.of("name", "王女士", "phone", PHONE),
                "location", Map.of("address", "朝阳区建外街道永安里8号"))));
    }

    JsonNode dispatch(long ticketId, String unitCode, String role) throws Exception {
        return expect(200, postJson("op", "/api/v1/tickets/" + ticketId + "/dispatch",
                Map.of("unitCode", unitCode, "role", role, "route", "DIRECT")));
    }

    /** A ticket dispatched to 建外街道 as lead; returns the lead assignment's id. */
    long dispatchedToJianwai(JsonNode ticket) throws Exception {
        return assignmentOf(dispatch(ticket.get("id").asLong(), JIANWAI, "LEAD"), JIANWAI).get("id").asLong();
    }

    JsonNode act(String user, long assignmentId, String action, Object body) throws Exception {
        return expect(200, postJson(user, "/api/v1/assignments/" + assignmentId + "/" + action, body));
    }

    JsonNode centre(long ticketId, String action, Object body) throws Exception {
        return expect(200, postJson("op", "/api/v1/tickets/" + ticketId + "/" + action, body));
    }

    /** The newest assignment of the unit in a ticket. */
    static JsonNode assignmentOf(JsonNode ticket, String unitCode) {
        JsonNode found = null;
        for (JsonNode a : ticket.get("assignments")) {
            if (a.get("unitCode").asString().equals(unitCode)) {
                found = a;
            }
        }
        if (found == null) {
            throw new AssertionError("no assignment of " + unitCode + " in " + ticket);
        }
        return found;
    }

    /** Takes a dispatched lead assignment of 建外街道 through to completion. */
    JsonNode completeByJianwai(long assignmentId) throws Exception {
        act("jianwai", assignmentId, "accept", null);
        act("jianwai", assignmentId, "respond", null);
        return act("jianwai", assignmentId, "complete", Map.of("reply", "已协调施工单位停止夜间施工"));
    }
}
