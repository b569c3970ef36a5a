package org.minhu.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A unit whose return was approved keeps its own part of the history, not what later units wrote. */
class ReturnedUnitHistoryTest extends TicketApiTestSupport {

    @Test
    void aUnitThatGaveTheTicketBackDoesNotReadWhatTheNextUnitWrote() throws Exception {
        JsonNode ticket = newTicket();
        long id = ticket.get("id").asLong();
        long assignment = dispatchedToJianwai(ticket);
        act("jianwai", assignment, "return", Map.of("reason", "地址属于朝外街道辖区"));
        JsonNode approved = act("op", assignment, "return/approve", Map.of("unitCode", CHAOWAI));
        long next = assignmentOf(approved, CHAOWAI).get("id").asLong();
        act("chaowai", next, "accept", null);
        act("chaowai", next, "respond", null);
        act("chaowai", next, "complete", Map.of("reply", "朝外街道已协调物业，夜间停止施工"));

        JsonNode seen = expect(200, getJson("jianwai", "/api/v1/tickets/" + id));
        List<String> units = new ArrayList<>();
        seen.get("assignments").forEach(a -> units.add(a.get("unitCode").asString()));
        assertThat(units).containsExactly(JIANWAI);
        assertThat(seen.toString()).doesNotContain("朝外街道已协调物业");

        List<String> events = new ArrayList<>();
        expect(200, getJson("jianwai", "/api/v1/tickets/" + id + "/events")).get("content")
                .forEach(e -> events.add(e.get("type").asString()));
        assertThat(events).endsWith("RETURN_REQUESTED", "RETURN_APPROVED").doesNotContain("ASSIGNMENT_COMPLETED");

        // the unit that holds it now, and the centre, read it all
        assertThat(expect(200, getJson("chaowai", "/api/v1/tickets/" + id)).toString()).contains("朝外街道已协调物业");
        assertThat(expect(200, getJson("op", "/api/v1/tickets/" + id + "/events")).toString()).contains("ASSIGNMENT_COMPLETED");
    }
}
