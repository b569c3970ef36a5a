package org.minhu.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import tools.jackson.databind.JsonNode;

/** Other modules learn what happened from the events, with their facts, after the change is committed. */
@Import(EventPublicationTest.Listening.class)
class EventPublicationTest extends TicketApiTestSupport {

    @Autowired
    Heard heard;
    @Autowired
    DeadlineSweep sweep;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aListenerHearsEachStepOfATicketWithItsFactsInTheOrderOfTheLog() throws Exception {
        JsonNode ticket = newTicket();
        long id = ticket.get("id").asLong();
        long assignment = dispatchedToJianwai(ticket);
        completeByJianwai(assignment);

        List<TicketEventRecorded> events = heard.of(id, 6);
        assertThat(events).extracting(TicketEventRecorded::type).containsExactly(TicketEventType.CREATED,
                TicketEventType.DISPATCHED, TicketEventType.ACCEPTED, TicketEventType.RESPONDED,
                TicketEventType.ASSIGNMENT_COMPLETED, TicketEventType.COMPLETED);
        TicketEvent.Dispatched dispatched = (TicketEvent.Dispatched) events.get(1).event();
        assertThat(dispatched.unitCode()).isEqualTo(JIANWAI);
        assertThat(dispatched.role()).isEqualTo(AssignmentRole.LEAD);
        assertThat(dispatched.completeDueAt()).isAfter(START);
        assertThat(events.get(1).assignmentId()).isEqualTo(assignment);
        assertThat(((TicketEvent.AssignmentCompleted) events.get(4).event()).reply()).isEqualTo("已协调施工单位停止夜间施工");
        assertThat(events).extracting(TicketEventRecorded::eventId).isSorted().doesNotHaveDuplicates();
        assertThat(events.getLast().eventId()).isEqualTo(jdbc.sql("SELECT max(id) FROM ticket_event WHERE ticket_id = :t")
                .param("t", id).query(Long.class).single());
    }

    @Test
    void aRefusedChangePublishesNothing() throws Exception {
        long id = newTicket().get("id").asLong();
        heard.of(id, 1);
        expect(409, postJson("op", "/api/v1/tickets/" + id + "/reopen", Map.of()));
        Thread.sleep(300);
        assertThat(heard.of(id, 1)).hasSize(1);
    }

    @Test
    void theSweepsBreachesArePublishedToo() throws Exception {
        sweep.sweep();
        JsonNode ticket = newTicket();
        long id = ticket.get("id").asLong();
        dispatchedToJianwai(ticket);
        clock.advance(Duration.ofHours(3));
        sweep.sweep();

        TicketEventRecorded overdue = heard.of(id, 3).getLast();
        assertThat(overdue.type()).isEqualTo(TicketEventType.OVERDUE);
        assertThat(overdue.actor()).isEqualTo("system");
        assertThat(((TicketEvent.Overdue) overdue.event()).step()).isEqualTo("ACCEPT");
    }

    /** What the test's listener heard, after each commit, in its own thread (a proxy: ask, never read its fields). */
    static class Heard {
        final ConcurrentLinkedQueue<TicketEventRecorded> events = new ConcurrentLinkedQueue<>();

        @ApplicationModuleListener
        void on(TicketEventRecorded event) {
            events.add(event);
        }

        List<TicketEventRecorded> of(long ticketId, int atLeast) throws InterruptedException {
            Predicate<TicketEventRecorded> mine = e -> e.ticketId() == ticketId;
            Instant giveUp = Instant.now().plusSeconds(10);
            while (events.stream().filter(mine).count() < atLeast && Instant.now().isBefore(giveUp)) {
                Thread.sleep(20);
            }
            return events.stream().filter(mine)
                    .sorted(java.util.Comparator.comparingLong(TicketEventRecorded::eventId)).toList();
        }
    }

    @TestConfiguration
    static class Listening {
        @Bean
        Heard heard() {
            return new Heard();
        }
    }
}
