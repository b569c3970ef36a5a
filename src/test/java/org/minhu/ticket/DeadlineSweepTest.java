package org.minhu.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The sweep asks the database what is overdue and records each breach once. */
class DeadlineSweepTest extends TicketApiTestSupport {

    @Autowired
    DeadlineSweep sweep;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anUnacceptedAssignmentIsMarkedOverdueOnce() throws Exception {
        sweep.sweep();
        JsonNode ticket = newTicket();
        long id = ticket.get("id").asLong();
        long assignment = dispatchedToJianwai(ticket);

        clock.advance(Duration.ofHours(3));
        int marked = sweep.sweep();

        assertThat(marked).isGreaterThanOrEqualTo(1);
        assertThat(breaches(assignment)).containsExactly("ACCEPT");
        assertThat(overdueEvents(id)).isEqualTo(1);
        assertThat(expect(200, getJson("jianwai", "/api/v1/tickets/" + id)).get("overdue").asBoolean()).isTrue();
        assertThat(sweep.sweep()).isZero();
        assertThat(overdueEvents(id)).isEqualTo(1);
    }

    @Test
    void respondAndCompleteDeadlinesAndTheCallbackAreSweptToo() throws Exception {
        JsonNode ticket = newTicket();
        long id = ticket.get("id").asLong();
        long assignment = dispatchedToJianwai(ticket);
        act("jianwai", assignment, "accept", null);
        clock.advance(Duration.ofDays(12));
        sweep.sweep();
        assertThat(breaches(assignment)).containsExactlyInAnyOrder("RESPOND", "COMPLETE");

        act("jianwai", assignment, "respond", null);
        act("jianwai", assignment, "complete", Map.of("reply", "已处理"));
        clock.advance(Duration.ofDays(5));
        sweep.sweep();
        assertThat(jdbc.sql("SELECT step FROM deadline_breach WHERE ticket_id = :t AND assignment_id = 0")
                .param("t", id).query(String.class).list()).containsExactly("CALLBACK");
    }

    @Test
    void sweepsOnSeveralNodesAtOnceRecordEachBreachOnce() throws Exception {
        sweep.sweep();
        List<Long> assignments = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            assignments.add(dispatchedToJianwai(newTicket()));
        }
        clock.advance(Duration.ofHours(3));
        long before = jdbc.sql("SELECT count(*) FROM deadline_breach").query(Long.class).single();

        List<CompletableFuture<Integer>> nodes = List.of(CompletableFuture.supplyAsync(sweep::sweep),
                CompletableFuture.supplyAsync(sweep::sweep), CompletableFuture.supplyAsync(sweep::sweep));
        int reported = nodes.stream().mapToInt(CompletableFuture::join).sum();

        long after = jdbc.sql("SELECT count(*) FROM deadline_breach").query(Long.class).single();
        assertThat(after - before).isEqualTo(reported);
        for (long a : assignments) {
            assertThat(breaches(a)).containsExactly("ACCEPT");
        }
    }

    private List<String> breaches(long assignment) {
        return jdbc.sql("SELECT step FROM deadline_breach WHERE assignment_id = :a").param("a", assignment)
                .query(String.class).list();
    }

    private int overdueEvents(long ticket) {
        return jdbc.sql("SELECT count(*) FROM ticket_event WHERE ticket_id = :t AND type = 'OVERDUE'").param("t", ticket)
                .query(Integer.class).single();
    }
}
