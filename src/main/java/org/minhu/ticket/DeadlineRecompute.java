package org.minhu.ticket;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.minhu.calendar.Deadlines;
import org.minhu.calendar.WorkingCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts again, with the official calendar, the open deadlines that were counted on provisional
 * days, once the official calendar reaches past the year they were counted beyond. Asks the
 * database which tickets have such deadlines, claims them in batches with
 * {@code FOR UPDATE SKIP LOCKED} (so nodes running at once share the work and each deadline
 * moves once), and lets each ticket recompute itself, recording one {@code DEADLINE_RECOMPUTED}
 * event per deadline that moved.
 */
@Component
class DeadlineRecompute {

    static final int BATCH = 200;

    private final JdbcClient jdbc;
    private final TicketRepository repository;
    private final Tickets tickets;
    private final Deadlines deadlines;
    private final WorkingCalendar calendar;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DeadlineRecompute(JdbcClient jdbc, TicketRepository repository, Tickets tickets, Deadlines deadlines,
                      WorkingCalendar calendar, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.tickets = tickets;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Recomputes all that is due for it now; returns how many tickets were taken up. */
    int recompute() {
        int total = 0;
        int taken;
        do {
            taken = transaction.execute(status -> batch(calendar.officialThrough()));
            total += taken;
        } while (taken == BATCH);
        return total;
    }

    private int batch(int officialThrough) {
        List<Long> ids = jdbc.sql("""
                        SELECT t.id FROM ticket t
                         WHERE t.id IN (SELECT a.ticket_id FROM assignment a
                                         WHERE a.provisional_beyond < :official
                                           AND a.status IN ('PENDING','ACCEPTED','RESPONDED','RETURN_REQUESTED')
                                        UNION ALL
                                        SELECT c.id FROM ticket c
                                         WHERE c.callback_due_provisional_beyond < :official AND c.status = 'COMPLETED')
                         ORDER BY t.id LIMIT :batch FOR UPDATE OF t SKIP LOCKED""")
                .param("official", officialThrough).param("batch", BATCH)
                .query(Long.class).list();
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        for (Ticket ticket : repository.findAll(ids)) {
            ticket.recomputeProvisionalDeadlines(deadlines, calendar, now);
            tickets.save(ticket);
        }
        return ids.size();
    }
}
