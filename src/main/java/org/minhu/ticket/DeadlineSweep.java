package org.minhu.ticket;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Asks the database what has gone past its deadline and records each breach once: a row in
 * {@code deadline_breach} and an {@link TicketEvent.Overdue} in the ticket's {@link EventLog}, in
 * one transaction. Rows are claimed with {@code FOR UPDATE SKIP LOCKED} and the breach is inserted
 * {@code ON CONFLICT DO NOTHING}, so any number of application nodes may sweep at once.
 */
@Component
class DeadlineSweep {

    private static final int BATCH = 1000;

    /** One step's overdue candidates: {@code SELECT ticket_id, assignment_id, due_at} claimed with SKIP LOCKED. */
    private record Step(String name, String candidates) {
    }

    private static final List<Step> STEPS = List.of(
            assignmentStep("ACCEPT", "accept_due_at", "a.status = 'PENDING'"),
            assignmentStep("RESPOND", "respond_due_at", "a.status IN ('PENDING','ACCEPTED','RETURN_REQUESTED')"),
            assignmentStep("COMPLETE", "complete_due_at", "a.status IN ('PENDING','ACCEPTED','RESPONDED','RETURN_REQUESTED')"),
            new Step("CALLBACK", """
                    SELECT t.id AS ticket_id, 0::bigint AS assignment_id, t.callback_due_at AS due_at FROM ticket t
                    WHERE t.status = 'COMPLETED' AND t.callback_due_at < :now
                      AND NOT EXISTS (SELECT 1 FROM deadline_breach b WHERE b.ticket_id = t.id AND b.assignment_id = 0
                                      AND b.step = 'CALLBACK' AND b.due_at = t.callback_due_at)
                    ORDER BY t.callback_due_at LIMIT :batch FOR UPDATE OF t SKIP LOCKED"""),
            // 报到 missed: a summoned unit that has not reported in by its whistle's report deadline
            assignmentStep("WHISTLE_REPORT", "report_due_at", "a.whistle_id IS NOT NULL AND a.reported_at IS NULL"
                    + " AND a.status IN ('PENDING','ACCEPTED','RESPONDED','RETURN_REQUESTED')"),
            new Step("SUPERVISION", """
                    SELECT t.id AS ticket_id, 0::bigint AS assignment_id, t.supervision_due_at AS due_at FROM ticket t
                    WHERE t.supervised AND t.supervision_due_at < :now
                      AND NOT EXISTS (SELECT 1 FROM deadline_breach b WHERE b.ticket_id = t.id AND b.assignment_id = 0
                                      AND b.step = 'SUPERVISION' AND b.due_at = t.supervision_due_at)
                    ORDER BY t.supervision_due_at LIMIT :batch FOR UPDATE OF t SKIP LOCKED"""));

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final EventLog log;

    DeadlineSweep(JdbcClient jdbc, TransactionTemplate transaction, Clock clock, EventLog log) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.log = log;
    }

    /** Marks every breach due by now; returns how many were new. */
    int sweep() {
        int total = 0;
        for (Step step : STEPS) {
            int marked;
            do {
                marked = transaction.execute(status -> mark(step));
                total += marked;
            } while (marked == BATCH);
        }
        return total;
    }

    private int mark(Step step) {
        Instant now = clock.instant();
        List<EventLog.Entry> breaches = jdbc.sql("WITH due AS (" + step.candidates() + """
                )
                INSERT INTO deadline_breach (ticket_id, assignment_id, step, due_at, detected_at)
                SELECT ticket_id, assignment_id, :step, due_at, :now FROM due
                ON CONFLICT DO NOTHING
                RETURNING ticket_id, assignment_id, due_at""")
                .param("now", Sql.ts(now)).param("batch", BATCH).param("step", step.name())
                .query((rs, n) -> new EventLog.Entry(rs.getLong("ticket_id"),
                        rs.getLong("assignment_id") == 0 ? null : rs.getLong("assignment_id"), now, Ticket.SYSTEM, null,
                        new TicketEvent.Overdue(step.name(), Sql.instant(rs, "due_at"))))
                .list();
        log.append(breaches);
        return breaches.size();
    }

    private static Step assignmentStep(String name, String dueColumn, String open) {
        return new Step(name, """
                SELECT a.ticket_id, a.id AS assignment_id, a.%1$s AS due_at FROM assignment a
                WHERE %2$s AND a.%1$s < :now
                  AND NOT EXISTS (SELECT 1 FROM deadline_breach b WHERE b.ticket_id = a.ticket_id
                                  AND b.assignment_id = a.id AND b.step = '%3$s' AND b.due_at = a.%1$s)
                ORDER BY a.%1$s LIMIT :batch FOR UPDATE OF a SKIP LOCKED""".formatted(dueColumn, open, name));
    }
}
