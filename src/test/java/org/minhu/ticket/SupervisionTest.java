package org.minhu.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** 督办: a supervisor flags a ticket with a note, a level and a deadline; missing it is recorded; completing lifts it. */
class SupervisionTest extends TicketApiTestSupport {

    @Autowired
    DeadlineSweep sweep;
    @Autowired
    JdbcClient jdbc;

    JsonNode supervise(String user, long ticketId, Map<String, Object> body) throws Exception {
        return body(postJson(user, "/api/v1/tickets/" + ticketId + "/supervise", body));
    }

    @Test
    void aDistrictSupervisorFlagsATicketWithANoteAndADeadline() throws Exception {
        JsonNode ticket = newTicket();
        long id = ticket.get("id").asLong();
        dispatchedToJianwai(ticket);

        JsonNode supervised = supervise("sup-chaoyang", id, Map.of("note", "群众反映强烈，限期办结", "dueAt", "2025-03-05"));

        assertThat(supervised.get("supervised").asBoolean()).isTrue();
        JsonNode s = supervised.get("supervision");
        assertThat(s.get("level").asString()).isEqualTo("DISTRICT");
        assertThat(s.get("note").asString()).isEqualTo("群众反映强烈，限期办结");
        assertThat(s.get("dueAt").asString()).isEqualTo("2025-03-05T16:00:00Z"); // through the 5th, Beijing time
        assertThat(s.get("supervisedBy").asString()).isEqualTo("sup-chaoyang");
        assertThat(types(id)).contains("SUPERVISED");
    }

    @Test
    void withoutADeadlineTheLeadsCompletionDeadlineIsTheOneToMeet() throws Exception {
        JsonNode ticket = newTicket();
        long id = ticket.get("id").asLong();
        JsonNode dispatched = dispatch(id, JIANWAI, "LEAD");

        JsonNode supervised = supervise("sup-city", id, Map.of("note", "市级督办"));

        assertThat(supervised.get("supervision").get("level").asString()).isEqualTo("CITY");
        assertThat(supervised.get("supervision").get("dueAt").asString())
                .isEqualTo(assignmentOf(dispatched, JIANWAI).get("completeDueAt").asString());
    }

    @Test
    void aDistrictSupervisorCannotFlagAtCityLevelNorWithAPastDeadlineNorOutsideTheDistrict() throws Exception {
        JsonNode ticket = newTicket();
        long id = ticket.get("id").asLong();
        dispatchedToJianwai(ticket);

        assertThat(supervise("sup-chaoyang", id, Map.of("level", "CITY")).get("status").asInt()).isEqualTo(403);
        assertThat(supervise("sup-chaoyang", id, Map.of("dueAt", "2025-03-01")).get("code").asString())
                .isEqualTo("VALIDATION_FAILED");
        assertThat(supervise("sup-chaoyang", id, Map.of("dueAt", "next week")).get("code").asString())
                .isEqualTo("INVALID_PARAMETER");
        assertThat(supervise("sup-haidian", id, Map.of()).get("status").asInt()).isEqualTo(404);
        assertThat(supervise("jianwai", id, Map.of()).get("status").asInt()).isEqualTo(403);
        assertThat(expect(200, getJson("op", "/api/v1/tickets/" + id)).get("supervised").asBoolean()).isFalse();
    }

    @Test
    void missingTheSupervisionDeadlineIsRecordedOnce() throws Exception {
        JsonNode ticket = newTicket();
        long id = ticket.get("id").asLong();
        dispatchedToJianwai(ticket);
        supervise("sup-chaoyang", id, Map.of("dueAt", "2025-03-04"));

        clock.advance(Duration.ofDays(2));
        sweep.sweep();
        sweep.sweep();

        assertThat(jdbc.sql("SELECT step FROM deadline_breach WHERE ticket_id = :t AND assignment_id = 0")
                .param("t", id).query(String.class).list()).containsExactly("SUPERVISION");
        assertThat(types(id).stream().filter("OVERDUE"::equals).count()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void completingTheTicketLiftsTheSupervision() throws Exception {
        JsonNode ticket = newTicket();
        long id = ticket.get("id").asLong();
        long lead = dispatchedToJianwai(ticket);
        supervise("sup-chaoyang", id, Map.of("note", "督办"));

        JsonNode completed = completeByJianwai(lead);

        assertThat(completed.get("supervised").asBoolean()).isFalse();
        assertThat(types(id)).containsSubsequence("SUPERVISED", "COMPLETED", "SUPERVISION_LIFTED");
        clock.advance(Duration.ofDays(30));
        sweep.sweep();
        assertThat(jdbc.sql("SELECT count(*) FROM deadline_breach WHERE ticket_id = :t AND step = 'SUPERVISION'")
                .param("t", id).query(Long.class).single()).isZero();
    }

    @Test
    void aSupervisorLiftsItAndACityLevelOneOnlyTheCity() throws Exception {
        JsonNode ticket = newTicket();
        long id = ticket.get("id").asLong();
        dispatchedToJianwai(ticket);
        supervise("sup-city", id, Map.of("note", "市级督办"));

        assertThat(body(postJson("sup-chaoyang", "/api/v1/tickets/" + id + "/supervision/lift", null)).get("status").asInt())
                .isEqualTo(403);
        JsonNode lifted = expect(200, postJson("sup-city", "/api/v1/tickets/" + id + "/supervision/lift",
                Map.of("note", "已整改")));
        assertThat(lifted.get("supervised").asBoolean()).isFalse();
        assertThat(body(postJson("sup-city", "/api/v1/tickets/" + id + "/supervision/lift", null)).get("code").asString())
                .isEqualTo("ILLEGAL_TRANSITION");
    }

    private List<String> types(long id) throws Exception {
        return expect(200, getJson("op", "/api/v1/tickets/" + id + "/events")).get("content").valueStream()
                .map(e -> e.get("type").asString()).toList();
    }
}
