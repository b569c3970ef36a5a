package org.minhu.ticket;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one writer of {@code ticket_event}: the verbs' events when a ticket is saved, the sweep's
 * OVERDUE, the bulk import. Every row appended live is published as a {@link TicketEventRecorded}
 * in the same transaction (so the publication registry stores it with the row, or neither).
 */
@Component
class EventLog {

    /** An event to append: the row's columns and its facts. */
    record Entry(long ticketId, Long assignmentId, Instant at, String actor, String actorUnit, TicketEvent event) {
    }

    static final String COLUMNS = "ticket_id, assignment_id, type, at, actor, actor_unit, data";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ApplicationEventPublisher publisher;

    EventLog(JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher publisher) {
        this.jdbc = jdbc;
        this.json = json;
        this.publisher = publisher;
    }

    /** Appends and publishes the ticket's new events, in the order the verbs recorded them. */
    void append(Ticket t) {
        List<Entry> entries = new ArrayList<>(t.events.size());
        for (NewEvent e : t.events) {
            entries.add(new Entry(t.id, e.assignment() == null ? null : e.assignment().id, e.at(), e.actor(),
                    e.actorUnit(), e.event()));
        }
        t.events.clear();
        append(entries);
    }

    /** Appends the events in one statement, in list order, and publishes each with its id. */
    List<TicketEventRecorded> append(List<Entry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        int n = entries.size();
        Long[] tickets = new Long[n];
        Long[] assignments = new Long[n];
        String[] types = new String[n];
        String[] ats = new String[n];
        String[] actors = new String[n];
        String[] units = new String[n];
        String[] data = new String[n];
        for (int i = 0; i < n; i++) {
            Entry e = entries.get(i);
            tickets[i] = e.ticketId();
            assignments[i] = e.assignmentId();
            types[i] = e.event().type().name();
            ats[i] = e.at().toString();
            actors[i] = e.actor();
            units[i] = e.actorUnit();
            data[i] = write(e.event());
        }
        List<Long> ids = new ArrayList<>(jdbc.sql("INSERT INTO ticket_event (" + COLUMNS + ") SELECT " + COLUMNS + """
                 FROM unnest(CAST(:tickets AS bigint[]), CAST(:assignments AS bigint[]), CAST(:types AS varchar[]),
                    CAST(:ats AS timestamptz[]), CAST(:actors AS varchar[]), CAST(:units AS varchar[]),
                    CAST(:data AS jsonb[])) WITH ORDINALITY AS r(ticket_id, assignment_id, type, at, actor, actor_unit, data, n)
                ORDER BY r.n
                RETURNING id""")
                .param("tickets", tickets).param("assignments", assignments).param("types", types).param("ats", ats)
                .param("actors", actors).param("units", units).param("data", data)
                .query(Long.class).list());
        ids.sort(Comparator.naturalOrder()); // identities are drawn in the order the rows go in
        List<TicketEventRecorded> recorded = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Entry e = entries.get(i);
            TicketEventRecorded event = new TicketEventRecorded(ids.get(i), e.ticketId(), e.assignmentId(), e.at(),
                    e.actor(), e.actorUnit(), e.event());
            publisher.publishEvent(event);
            recorded.add(event);
        }
        return recorded;
    }

    /** Writes imported history with {@code COPY}, in time order per ticket; history is not published. */
    int copy(TicketCopy copy, List<Ticket> tickets) {
        int[] count = {0};
        copy.table("ticket_event", COLUMNS, out -> {
            for (Ticket t : tickets) {
                // a parent's DUPLICATE_MERGED was recorded when its child was replayed: put it in time order
                List<NewEvent> events = new ArrayList<>(t.events);
                events.sort(Comparator.comparing(NewEvent::at));
                for (NewEvent e : events) {
                    out.row(t.id, e.assignment() == null ? null : e.assignment().id, e.type(), e.at(), e.actor(),
                            e.actorUnit(), write(e.event()));
                    count[0]++;
                }
                t.events.clear();
            }
        });
        return count[0];
    }

    /** A stored row's data, typed. */
    TicketEvent read(TicketEventType type, String data) {
        return json.readerFor(TicketEvent.classOf(type)).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readValue(data == null ? "{}" : data);
    }

    private String write(TicketEvent event) {
        return json.writer().without(SerializationFeature.FAIL_ON_EMPTY_BEANS).writeValueAsString(event);
    }
}
