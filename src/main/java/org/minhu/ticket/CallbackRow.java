package org.minhu.ticket;

import static org.minhu.ticket.Sql.enumOf;
import static org.minhu.ticket.Sql.instant;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The one mapping of the {@code callback} table, used by the live insert, the reads and the
 * import's COPY alike. A callback is never changed once recorded, and its id is always the
 * database's to draw.
 */
final class CallbackRow {

    static final Columns COLUMNS = Columns.of("callback", "id", "ticket_id", "recorded_at", "recorded_by",
            "unreachable", "resolved", "satisfied", "comment");

    private CallbackRow() {
    }

    /** The callback's values in the order of {@link #COLUMNS}. */
    static Object[] values(long ticketId, CallbackRecord c) {
        return new Object[] {c.id(), ticketId, c.recordedAt(), c.recordedBy(), c.unreachable(), c.resolved(),
                c.satisfied(), c.comment()};
    }

    /** The callback of a row of {@link #COLUMNS}. */
    static CallbackRecord read(ResultSet rs, int row) throws SQLException {
        return new CallbackRecord(rs.getLong("id"), instant(rs, "recorded_at"), rs.getString("recorded_by"),
                rs.getBoolean("unreachable"), enumOf(Resolved.class, rs.getString("resolved")),
                enumOf(Satisfied.class, rs.getString("satisfied")), rs.getString("comment"));
    }
}
