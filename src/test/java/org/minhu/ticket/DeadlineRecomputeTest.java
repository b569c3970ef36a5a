package org.minhu.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minhu.calendar.WorkingCalendar;
import org.minhu.directory.Actor;
import org.minhu.directory.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Deadlines counted on the provisional 2027 are counted again when an administrator enters the
 * official 2027: open ones move (one event each), passed and finished ones stay.
 */
class DeadlineRecomputeTest extends TicketApiTestSupport {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final Map<String, Object> YEAR_2027 = org.minhu.support.TestYears.YEAR_2027;

    @Autowired
    DeadlineRecompute recompute;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    TicketImport imports;
    @Autowired
    JdbcClient jdbc;

    static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant();
    }

    /** Other test classes share the database: leave 2027 provisional again (the calendar re-reads when the clock goes back). */
    @AfterEach
    void forgetTheEnteredYear() {
        jdbc.sql("DELETE FROM calendar_year").update();
        jdbc.sql("DELETE FROM calendar_year_history").update();
        clock.set(START);
        assertThat(calendar.officialThrough()).isEqualTo(2026);
    }

    @Test
    void enteringTheOfficialYearMovesOpenProvisionalDeadlinesOnceAndLeavesTheRest() throws Exception {
        clock.set(beijing("2026-12-11T10:00"));
        long passed = complexTicketToJianwai();
        JsonNode extended = extendedBySixtyWorkingDays();
        long extendedId = extended.get("id").asLong();
        long finished = complexTicketToJianwai();
        completeByJianwai(assignmentOf(get(finished), JIANWAI).get("id").asLong());
        Instant extendedDue = Instant.parse(assignmentOf(extended, JIANWAI).get("completeDueAt").asString());

        clock.set(beijing("2027-02-01T10:00"));
        long acrossFestival = newTicket().get("id").asLong();
        dispatch(acrossFestival, JIANWAI, "LEAD");
        assertThat(completeDueOf(acrossFestival)).isEqualTo(beijing("2027-02-12T10:00"));

        clock.set(beijing("2027-02-04T10:00"));
        long awaitingCallback = newTicket().get("id").asLong();
        JsonNode completed = completeByJianwai(dispatchedToJianwai(get(awaitingCallback)));
        // Fri 02-05 and Mon 02-08 are off by law: Tue 02-09, Wed 02-10
        assertThat(Instant.parse(completed.get("callbackDueAt").asString())).isEqualTo(beijing("2027-02-10T10:00"));
        assertThat(completed.get("callbackDueProvisional").asBoolean()).isTrue();

        clock.set(beijing("2027-02-05T10:00"));
        expect(200, putJson("adm", "/api/v1/calendar/years/2027", YEAR_2027));
        recompute.recompute();

        // open: moved, once each, and no longer provisional
        assertThat(completeDueOf(acrossFestival)).isEqualTo(beijing("2027-02-17T10:00")); // 02-02..04, 02-14..17
        assertThat(recomputed(acrossFestival)).containsExactly("COMPLETE " + beijing("2027-02-12T10:00") + " → "
                + beijing("2027-02-17T10:00"));
        assertThat(assignmentOf(get(acrossFestival), JIANWAI).get("provisional").asBoolean()).isFalse();
        Instant official = calendar.plusWorkingDays(beijing("2026-12-22T10:00"), 60); // dispatch's 7 days, then 60
        assertThat(official).isNotEqualTo(extendedDue);
        assertThat(completeDueOf(extendedId)).isEqualTo(official);
        assertThat(recomputed(extendedId)).containsExactly("COMPLETE " + extendedDue + " → " + official);
        assertThat(Instant.parse(assignmentOf(get(extendedId), JIANWAI).get("extensionUntil").asString())).isEqualTo(official);
        JsonNode callback = get(awaitingCallback);
        // as entered: 02-05 .. 02-13 off, make-up Sunday 02-14, 02-15
        assertThat(Instant.parse(callback.get("callbackDueAt").asString())).isEqualTo(beijing("2027-02-15T10:00"));
        assertThat(callback.get("callbackDueProvisional").asBoolean()).isFalse();
        assertThat(recomputed(awaitingCallback)).containsExactly("CALLBACK " + beijing("2027-02-10T10:00") + " → "
                + beijing("2027-02-15T10:00"));
        // passed on 01-04 and finished: as they were
        assertThat(completeDueOf(passed)).isEqualTo(beijing("2027-01-04T10:00"));
        assertThat(assignmentOf(get(passed), JIANWAI).get("provisionalDeadlines").toString()).isEqualTo("[\"COMPLETE\"]");
        assertThat(recomputed(passed)).isEmpty();
        assertThat(assignmentOf(get(finished), JIANWAI).get("provisional").asBoolean()).isTrue();
        assertThat(recomputed(finished)).isEmpty();
        // nothing is left to do
        assertThat(recompute.recompute()).isZero();
    }

    @Test
    void twoNodesRecomputingAtOnceMoveEachDeadlineOnce() throws Exception {
        Actor op = new Actor("op", Role.OPERATOR, null, null);
        Instant dispatched = beijing("2027-02-01T10:00");
        List<TicketImport.Historic> tickets = new ArrayList<>();
        for (int i = 0; i < 450; i++) {
            tickets.add(new TicketImport.Historic("r" + i, Channel.PHONE, RequestType.COMPLAINT, Urgency.NORMAL, null,
                    "建外街道永安里小区楼道堆物 " + i, null, null, null, null, null, null, op, dispatched,
                    List.of(TicketImport.Step.onTicket(op, dispatched,
                            id -> new TicketCommand.Dispatch(id, JIANWAI, AssignmentRole.LEAD, Route.DIRECT)))));
        }
        clock.set(beijing("2027-02-05T10:00"));
        imports.importAll(tickets, clock.instant());
        List<Long> ids = jdbc.sql("SELECT id FROM ticket WHERE content LIKE '建外街道永安里小区楼道堆物 %' ORDER BY id")
                .query(Long.class).list();
        assertThat(ids).hasSize(450);
        expect(200, putJson("adm", "/api/v1/calendar/years/2027", YEAR_2027));

        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> nodes = List.of(1, 2).stream().map(n -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return recompute.recompute();
        })).toList();
        int taken = nodes.stream().mapToInt(CompletableFuture::join).sum();

        assertThat(taken).isGreaterThanOrEqualTo(450);
        Long[] array = ids.toArray(Long[]::new);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM ticket_event WHERE type = 'DEADLINE_RECOMPUTED' AND ticket_id = ANY(:ids)""")
                .param("ids", array).query(Long.class).single()).isEqualTo(450);
        assertThat(jdbc.sql("""
                SELECT count(DISTINCT a.id) FROM assignment a WHERE a.ticket_id = ANY(:ids)
                   AND a.complete_due_at = :due AND a.provisional_beyond IS NULL""")
                .param("ids", array).param("due", Sql.ts(beijing("2027-02-17T10:00"))).query(Long.class).single())
                .isEqualTo(450);
    }

    private long complexTicketToJianwai() throws Exception {
        JsonNode ticket = expect(201, postJson("op", "/api/v1/tickets", Map.of(
                "channel", "PHONE", "type", "COMPLAINT", "urgency", "COMPLEX",
                "content", "建外街道永安里小区供暖管道老化，多户室温不达标，需统筹改造")));
        dispatchedToJianwai(ticket);
        return ticket.get("id").asLong();
    }

    /** The check: 60 working days asked and approved on an accepted assignment, a provisional deadline in 2027. */
    private JsonNode extendedBySixtyWorkingDays() throws Exception {
        long assignment = dispatchedToJianwai(newTicket());
        act("jianwai", assignment, "accept", null);
        act("jianwai", assignment, "extend", Map.of("workingDays", 60, "reason", "需协调多个产权单位"));
        JsonNode approved = expect(200, postJson("op", "/api/v1/assignments/" + assignment + "/extend/approve", null));
        JsonNode lead = assignmentOf(approved, JIANWAI);
        assertThat(lead.get("extensionStatus").asString()).isEqualTo("APPROVED");
        assertThat(lead.get("completeDueAt").asString()).startsWith("2027-");
        assertThat(lead.get("provisional").asBoolean()).isTrue();
        assertThat(lead.get("provisionalDeadlines").toString()).isEqualTo("[\"COMPLETE\"]");
        return approved;
    }

    private JsonNode get(long ticketId) throws Exception {
        return expect(200, getJson("op", "/api/v1/tickets/" + ticketId));
    }

    private Instant completeDueOf(long ticketId) throws Exception {
        return Instant.parse(assignmentOf(get(ticketId), JIANWAI).get("completeDueAt").asString());
    }

    /** The ticket's DEADLINE_RECOMPUTED events as "DEADLINE from → to". */
    private List<String> recomputed(long ticketId) {
        return jdbc.sql("""
                        SELECT data->>'deadline' || ' ' || (data->>'from') || ' → ' || (data->>'to') FROM ticket_event
                         WHERE ticket_id = :id AND type = 'DEADLINE_RECOMPUTED' ORDER BY id""")
                .param("id", ticketId).query(String.class).list();
    }
}
