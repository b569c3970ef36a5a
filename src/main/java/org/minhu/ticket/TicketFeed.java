package org.minhu.ticket;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tickets as a search index follows them. A follower keeps a horizon: a transaction id below
 * which every transaction has finished. {@link #horizon()} is the current one;
 * {@link #changed(long, long)} names the tickets whose events were appended by transactions
 * between two horizons, so a follower that moves from one horizon to the next misses nothing,
 * even when identities commit out of order, and after a crash it starts again from the last
 * horizon it stored.
 */
@Component
public class TicketFeed {

    private static final String COLUMNS = """
            SELECT t.id, t.number, t.status, t.channel, t.category_code, t.district_code, t.location_unit_code,
                   t.created_at, t.subject, t.content, t.address, t.lat, t.lng,
                   ARRAY(SELECT DISTINCT a.unit_code FROM assignment a WHERE a.ticket_id = t.id) AS units,
                   ARRAY(SELECT DISTINCT a.district_code FROM assignment a
                         WHERE a.ticket_id = t.id AND a.district_code IS NOT NULL) AS unit_districts
            FROM ticket t""";

    private final JdbcClient jdbc;

    TicketFeed(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The oldest transaction still running: every one before it has committed or rolled back. */
    public long horizon() {
        return jdbc.sql("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint").query(Long.class).single();
    }

    /** The tickets with events from transactions at or after {@code from} and before {@code to}. */
    public List<Long> changed(long from, long to) {
        return jdbc.sql("SELECT DISTINCT ticket_id FROM ticket_event WHERE tx >= CAST(:from AS text)::xid8"
                        + " AND tx < CAST(:to AS text)::xid8")
                .param("from", Long.toString(from)).param("to", Long.toString(to)).query(Long.class).list();
    }

    /** The tickets of {@code ids} as the index holds them (those that exist). */
    public List<IndexedTicket> read(List<Long> ids) {
        return jdbc.sql(COLUMNS + " WHERE t.id = ANY(:ids)").param("ids", ids.toArray(Long[]::new))
                .query(TicketFeed::row).list();
    }

    /** The next {@code limit} tickets after {@code afterId}, in id order: a rebuild reads them all so. */
    public List<IndexedTicket> after(long afterId, int limit) {
        return jdbc.sql(COLUMNS + " WHERE t.id > :after ORDER BY t.id LIMIT :limit")
                .param("after", afterId).param("limit", limit).query(TicketFeed::row).list();
    }

    /** How many tickets there are, for a rebuild's progress. */
    public long count() {
        return jdbc.sql("SELECT count(*) FROM ticket").query(Long.class).single();
    }

    private static IndexedTicket row(ResultSet rs, int n) throws SQLException {
        return new IndexedTicket(rs.getLong("id"), rs.getString("number"), TicketStatus.valueOf(rs.getString("status")),
                Channel.valueOf(rs.getString("channel")), rs.getString("category_code"), rs.getString("district_code"),
                rs.getString("location_unit_code"), Sql.instant(rs, "created_at"), PhoneMask.inText(rs.getString("subject")),
                PhoneMask.inText(rs.getString("content")), PhoneMask.inText(rs.getString("address")),
                Sql.nullableDouble(rs, "lat"), Sql.nullableDouble(rs, "lng"), strings(rs, "units"), strings(rs, "unit_districts"));
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        return Arrays.asList((String[]) rs.getArray(column).getArray());
    }
}
