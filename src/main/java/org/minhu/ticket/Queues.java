package org.minhu.ticket;

import java.util.List;
import java.util.Map;
import org.minhu.directory.Actor;
import org.minhu.directory.Role;
import org.minhu.platform.MinhuException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 12345 centre's work queues, oldest or most urgent first, each at most {@link #MAX} rows:
 * requests waiting for dispatch, returns and extensions waiting for a decision, completed tickets
 * waiting for their callback, and tickets whose callback said "not resolved" (to reopen).
 */
@Service
public class Queues {

    public static final int MAX = 100;

    /** The queues by name, each a query answering the columns {@link #row} reads. */
    private static final Map<String, String> SQL = Map.of(
            "dispatch", """
                    SELECT t.*, NULL::bigint AS aid, NULL AS unit, NULL AS reason, NULL::timestamptz AS until,
                           t.created_at AS since, NULL::timestamptz AS due
                    FROM ticket t WHERE t.status = 'RECEIVED' ORDER BY t.created_at LIMIT :max""",
            "returns", """
                    SELECT t.*, a.id AS aid, a.unit_code AS unit, a.return_reason AS reason, NULL::timestamptz AS until,
                           a.return_requested_at AS since, NULL::timestamptz AS due
                    FROM assignment a JOIN ticket t ON t.id = a.ticket_id
                    WHERE a.status = 'RETURN_REQUESTED' ORDER BY a.return_requested_at LIMIT :max""",
            "extensions", """
                    SELECT t.*, a.id AS aid, a.unit_code AS unit, a.extension_reason AS reason, a.extension_until AS until,
                           a.dispatched_at AS since, a.complete_due_at AS due
                    FROM assignment a JOIN ticket t ON t.id = a.ticket_id
                    WHERE a.extension_status = 'REQUESTED' AND a.status IN ('ACCEPTED','RESPONDED') AND t.status = 'DISPATCHED'
                    ORDER BY a.complete_due_at LIMIT :max""",
            "callbacks", """
                    SELECT t.*, NULL::bigint AS aid, t.lead_unit_code AS unit, NULL AS reason, NULL::timestamptz AS until,
                           coalesce(t.completed_at, t.answered_at) AS since, t.callback_due_at AS due
                    FROM ticket t WHERE t.status IN ('COMPLETED','ANSWERED')
                      AND NOT EXISTS (SELECT 1 FROM callback c WHERE c.ticket_id = t.id
                                      AND c.recorded_at >= coalesce(t.completed_at, t.answered_at))
                    ORDER BY t.callback_due_at NULLS LAST, t.id LIMIT :max""",
            "reopen", """
                    SELECT t.*, NULL::bigint AS aid, t.lead_unit_code AS unit, NULL AS reason, NULL::timestamptz AS until,
                           c.recorded_at AS since, NULL::timestamptz AS due
                    FROM callback c JOIN ticket t ON t.id = c.ticket_id
                    WHERE c.resolved = 'NO' AND t.status IN ('COMPLETED','ANSWERED')
                      AND NOT EXISTS (SELECT 1 FROM callback l WHERE l.ticket_id = c.ticket_id
                                      AND (l.recorded_at, l.id) > (c.recorded_at, c.id))
                    ORDER BY c.recorded_at LIMIT :max""");

    /** The names of the queues, in the order the page shows them. */
    public static final List<String> NAMES = List.of("dispatch", "returns", "extensions", "callbacks", "reopen");

    private final JdbcClient jdbc;

    Queues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One queue, for the centre's operators. */
    @Transactional(readOnly = true)
    public List<QueueItem> queue(String name, Actor actor) {
        centre(actor);
        String sql = SQL.get(name);
        if (sql == null) {
            throw MinhuException.notFound("queue", name);
        }
        return jdbc.sql(sql).param("max", MAX).query((rs, n) -> new QueueItem(rs.getLong("id"), rs.getString("number"),
                rs.getString("subject"), rs.getString("content"), TicketStatus.valueOf(rs.getString("status")),
                Sql.nullableLong(rs, "aid"), rs.getString("unit"), rs.getString("reason"), Sql.instant(rs, "until"),
                Sql.instant(rs, "since"), Sql.instant(rs, "due"), rs.getBoolean("supervised"))).list();
    }

    /** How many wait in each queue (counted up to {@link #MAX}, the rows themselves not read). */
    @Transactional(readOnly = true)
    public Map<String, Integer> sizes(Actor actor) {
        centre(actor);
        Map<String, Integer> sizes = new java.util.LinkedHashMap<>();
        for (String name : NAMES) {
            sizes.put(name, jdbc.sql("SELECT count(*) FROM (" + SQL.get(name) + ") q").param("max", MAX)
                    .query(Integer.class).single());
        }
        return sizes;
    }

    private static void centre(Actor actor) {
        if (!actor.is(Role.OPERATOR)) {
            throw MinhuException.forbidden("The queues are the 12345 centre's");
        }
    }
}
