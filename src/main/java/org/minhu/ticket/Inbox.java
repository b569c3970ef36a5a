package org.minhu.ticket;

import java.util.List;
import org.minhu.directory.Actor;
import org.minhu.directory.Role;
import org.minhu.platform.MinhuException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 待办: a handler's unit's open assignments, supervised tickets first, then by the deadline of the
 * step each owes next, soonest first (the database sorts). At most {@link #MAX} rows.
 */
@Service
public class Inbox {

    public static final int MAX = 500;

    private static final String SQL = """
            SELECT a.id, a.ticket_id, t.number, t.subject, t.content, t.category_code, t.address, a.role, a.route,
                   a.status, a.dispatched_at, a.complete_due_at, t.supervised, t.supervision_level,
                   t.supervision_due_at, t.supervision_note, a.whistle_id, a.report_due_at, a.reported_at,
                   a.extension_status, s.next_step, s.next_due,
                   (SELECT count(*) FROM whistle w WHERE w.ticket_id = t.id AND w.unit_code = a.unit_code
                     AND w.status = 'OPEN') AS blown
            FROM assignment a
            JOIN ticket t ON t.id = a.ticket_id
            CROSS JOIN LATERAL (SELECT
                CASE WHEN a.whistle_id IS NOT NULL AND a.reported_at IS NULL THEN 'REPORT'
                     WHEN a.status = 'PENDING' THEN 'ACCEPT' WHEN a.status = 'ACCEPTED' THEN 'RESPOND'
                     WHEN a.status = 'RESPONDED' THEN 'COMPLETE' ELSE 'RETURN' END AS next_step,
                CASE WHEN a.whistle_id IS NOT NULL AND a.reported_at IS NULL THEN a.report_due_at
                     WHEN a.status = 'PENDING' THEN a.accept_due_at WHEN a.status = 'ACCEPTED' THEN a.respond_due_at
                     WHEN a.status = 'RESPONDED' THEN a.complete_due_at END AS next_due) s
            WHERE a.unit_code = :unit AND a.status IN ('PENDING','ACCEPTED','RESPONDED','RETURN_REQUESTED')
              AND t.status = 'DISPATCHED'
            ORDER BY t.supervised DESC, s.next_due NULLS LAST, a.id
            LIMIT :max""";

    private final JdbcClient jdbc;

    Inbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The inbox of the handler's unit. */
    @Transactional(readOnly = true)
    public List<InboxItem> of(Actor actor) {
        if (!actor.is(Role.HANDLER)) {
            throw MinhuException.forbidden("The inbox is a handler's");
        }
        return jdbc.sql(SQL).param("unit", actor.unitCode()).param("max", MAX)
                .query((rs, n) -> new InboxItem(rs.getLong("id"), rs.getLong("ticket_id"), rs.getString("number"),
                        PhoneMask.inText(rs.getString("subject")), PhoneMask.inText(rs.getString("content")),
                        rs.getString("category_code"), PhoneMask.inText(rs.getString("address")),
                        AssignmentRole.valueOf(rs.getString("role")), Route.valueOf(rs.getString("route")),
                        AssignmentStatus.valueOf(rs.getString("status")), Sql.instant(rs, "dispatched_at"),
                        rs.getString("next_step"), Sql.instant(rs, "next_due"), Sql.instant(rs, "complete_due_at"),
                        rs.getBoolean("supervised"), Sql.enumOf(SupervisionLevel.class, rs.getString("supervision_level")),
                        Sql.instant(rs, "supervision_due_at"), PhoneMask.inText(rs.getString("supervision_note")),
                        Sql.nullableLong(rs, "whistle_id"), Sql.instant(rs, "report_due_at"),
                        Sql.instant(rs, "reported_at"), rs.getInt("blown"), rs.getString("extension_status")))
                .list();
    }
}
