package org.minhu.ticket;

import static org.minhu.ticket.Sql.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;

/** The one mapping of the {@code whistle} table; its id comes from {@code whistle_id_seq} when it is blown. */
final class WhistleRow {

    static final Columns COLUMNS = Columns.of("whistle", "id", "ticket_id", "unit_code", "type", "note", "blown_at",
            "blown_by", "status", "closed_at");

    /** Written once, when it is blown. */
    static final Set<String> FIXED = Set.of("id", "ticket_id", "unit_code", "type", "note", "blown_at", "blown_by");

    private WhistleRow() {
    }

    static Object[] values(long ticketId, Whistle w) {
        return new Object[] {w.id, ticketId, w.unitCode, w.type, w.note, w.blownAt, w.blownBy, w.status, w.closedAt};
    }

    static Whistle read(ResultSet rs, int row) throws SQLException {
        Whistle w = new Whistle(rs.getLong("id"), rs.getString("unit_code"), WhistleType.valueOf(rs.getString("type")),
                rs.getString("note"), instant(rs, "blown_at"), rs.getString("blown_by"),
                Whistle.Status.valueOf(rs.getString("status")));
        w.closedAt = instant(rs, "closed_at");
        return w;
    }
}
