package org.minhu.ticket;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minhu.directory.Actor;
import org.minhu.directory.Role;
import org.minhu.platform.MinhuException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The supervisor's board: a handful of aggregates over the tickets in the reader's scope, each one query. */
@Service
public class Board {

    private static final String OVERDUE = """
            (a.status = 'PENDING' AND a.accept_due_at < :now
             OR a.status IN ('PENDING','ACCEPTED','RETURN_REQUESTED') AND a.respond_due_at < :now
             OR a.complete_due_at < :now)""";

    private final JdbcClient jdbc;
    private final WhistleFinder whistles;
    private final Clock clock;
    private final ZoneId zone;

    Board(JdbcClient jdbc, WhistleFinder whistles, Clock clock, ZoneId cityZone) {
        this.jdbc = jdbc;
        this.whistles = whistles;
        this.clock = clock;
        this.zone = cityZone;
    }

    /** The board for a supervisor (their district, or the city) or the centre and admins (the city). */
    @Transactional(readOnly = true)
    public BoardView of(Actor actor) {
        if (actor.is(Role.HANDLER)) {
            throw MinhuException.forbidden("The board is for supervisors, the 12345 centre and admins");
        }
        Instant now = clock.instant();
        Instant today = LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant();
        Map<String, Object> p = new HashMap<>();
        String scope = TicketVisibility.condition(actor, p);
        String where = scope == null ? "" : " AND " + scope;
        p.put("now", Sql.ts(now));
        p.put("today", Sql.ts(today));
        p.put("zone", zone.getId());

        Map<TicketStatus, Long> byStatus = new EnumMap<>(TicketStatus.class);
        jdbc.sql("SELECT t.status, count(*) AS n FROM ticket t WHERE t.status IN ('RECEIVED','DISPATCHED','COMPLETED')"
                        + where + " GROUP BY t.status").params(p)
                .query((rs, n) -> byStatus.put(TicketStatus.valueOf(rs.getString("status")), rs.getLong("n"))).list();
        long closedToday = jdbc.sql("SELECT count(*) FROM ticket t WHERE t.status = 'CLOSED' AND t.closed_at >= :today"
                + where).params(p).query(Long.class).single();
        long[] byHour = new long[24];
        jdbc.sql("SELECT extract(hour FROM t.created_at AT TIME ZONE :zone)::int AS h, count(*) AS n FROM ticket t"
                        + " WHERE t.created_at >= :today" + where + " GROUP BY h").params(p)
                .query((rs, n) -> byHour[rs.getInt("h")] = rs.getLong("n")).list();
        String unitScope = actor.is(Role.SUPERVISOR) && !actor.citywide() ? " AND a.district_code = :scopeDistrict" : "";
        List<BoardView.UnitOverdue> units = jdbc.sql("""
                        SELECT a.unit_code, count(*) FILTER (WHERE %s) AS overdue, count(*) AS open
                        FROM assignment a JOIN ticket t ON t.id = a.ticket_id
                        WHERE a.status IN ('PENDING','ACCEPTED','RESPONDED','RETURN_REQUESTED') AND t.status = 'DISPATCHED'%s
                        GROUP BY a.unit_code HAVING count(*) FILTER (WHERE %s) > 0
                        ORDER BY overdue DESC, open DESC, a.unit_code LIMIT 10""".formatted(OVERDUE, unitScope, OVERDUE))
                .params(p).query((rs, n) -> new BoardView.UnitOverdue(rs.getString("unit_code"), rs.getLong("overdue"),
                        rs.getLong("open"))).list();
        long overdue = jdbc.sql("SELECT count(*) FROM assignment a JOIN ticket t ON t.id = a.ticket_id"
                + " WHERE a.status IN ('PENDING','ACCEPTED','RESPONDED','RETURN_REQUESTED') AND t.status = 'DISPATCHED' AND "
                + OVERDUE + unitScope).params(p).query(Long.class).single();
        List<BoardView.Supervised> supervised = jdbc.sql("""
                        SELECT t.id, t.number, coalesce(t.subject, left(t.content, 40)) AS subject, t.lead_unit_code,
                               t.supervision_level, t.supervision_note, t.supervision_due_at, t.status
                        FROM ticket t WHERE t.supervised""" + where + " ORDER BY t.supervision_due_at NULLS LAST LIMIT 50")
                .params(p).query((rs, n) -> {
                    Instant due = Sql.instant(rs, "supervision_due_at");
                    return new BoardView.Supervised(rs.getLong("id"), rs.getString("number"),
                            PhoneMask.inText(rs.getString("subject")), rs.getString("lead_unit_code"),
                            Sql.enumOf(SupervisionLevel.class, rs.getString("supervision_level")),
                            PhoneMask.inText(rs.getString("supervision_note")), due, due != null && now.isAfter(due),
                            TicketStatus.valueOf(rs.getString("status")));
                }).list();
        // the open whistles first, then those of the last seven days
        List<WhistleView> recent = whistles.find(new WhistleQuery(null, null, now.minus(java.time.Duration.ofDays(7)), null,
                0, 20), actor, now).content();
        long open = whistles.find(new WhistleQuery(null, "OPEN", null, null, 0, 1), actor, now).totalElements();
        long supervisedCount = jdbc.sql("SELECT count(*) FROM ticket t WHERE t.supervised" + where).params(p)
                .query(Long.class).single();
        return new BoardView(now, byStatus, closedToday, overdue, byHour, units, recent, open, supervised, supervisedCount);
    }
}
