package org.minhu.ticket;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.minhu.directory.Actor;
import org.minhu.platform.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads whistles in the reader's scope (the tickets they may see): a page, then its summoned units in one query. */
@Component
class WhistleFinder {

    private static final String FROM = " FROM whistle w JOIN ticket t ON t.id = w.ticket_id";

    private final JdbcClient jdbc;

    WhistleFinder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<WhistleView> find(WhistleQuery q, Actor actor, Instant now) {
        return find(q, actor, now, null);
    }

    /** One whistle, if the reader may see its ticket. */
    java.util.Optional<WhistleView> get(long id, Actor actor, Instant now) {
        return find(new WhistleQuery(null, null, null, null, 0, 1), actor, now, id).content().stream().findFirst();
    }

    /** The newest whistle of a ticket (the one just blown, in the same transaction). */
    long newestOf(long ticketId) {
        return jdbc.sql("SELECT max(id) FROM whistle WHERE ticket_id = :id").param("id", ticketId).query(Long.class).single();
    }

    private Page<WhistleView> find(WhistleQuery q, Actor actor, Instant now, Long id) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>();
        if (id != null) {
            params.put("id", id);
            where.add("w.id = :id");
        }
        String scope = TicketVisibility.condition(actor, params);
        if (scope != null) {
            where.add(scope);
        }
        if (q.unit() != null) {
            params.put("unit", q.unit());
            where.add("(w.unit_code = :unit OR EXISTS (SELECT 1 FROM assignment u WHERE u.whistle_id = w.id AND u.unit_code = :unit))");
        }
        if (q.status() != null) {
            params.put("status", q.status());
            where.add("w.status = :status");
        }
        if (q.from() != null) {
            params.put("from", Sql.ts(q.from()));
            where.add("w.blown_at >= :from");
        }
        if (q.to() != null) {
            params.put("to", Sql.ts(q.to()));
            where.add("w.blown_at < :to");
        }
        String filter = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        long total = jdbc.sql("SELECT count(*)" + FROM + filter).params(params).query(Long.class).single();
        List<WhistleView> rows = jdbc.sql("SELECT w.*, t.number" + FROM + filter
                        + " ORDER BY w.status DESC, w.blown_at DESC, w.id DESC LIMIT :size OFFSET :offset")
                .params(params).param("size", q.size()).param("offset", (long) q.page() * q.size())
                .query((rs, n) -> new WhistleView(rs.getLong("id"), rs.getLong("ticket_id"), rs.getString("number"),
                        WhistleType.valueOf(rs.getString("type")), rs.getString("unit_code"), rs.getString("note"),
                        Sql.instant(rs, "blown_at"), rs.getString("blown_by"), rs.getString("status"),
                        Sql.instant(rs, "closed_at"), List.of()))
                .list();
        return new Page<>(withSummoned(rows, now), q.page(), q.size(), total);
    }

    private List<WhistleView> withSummoned(List<WhistleView> whistles, Instant now) {
        if (whistles.isEmpty()) {
            return whistles;
        }
        Map<Long, List<WhistleView.Summoned>> byWhistle = jdbc.sql("""
                        SELECT whistle_id, unit_code, id, status, report_due_at, reported_at, report_note, work_note
                        FROM assignment WHERE whistle_id = ANY(:ids) ORDER BY id""")
                .param("ids", whistles.stream().map(WhistleView::id).toArray(Long[]::new))
                .query((rs, n) -> {
                    Instant due = Sql.instant(rs, "report_due_at");
                    Instant reported = Sql.instant(rs, "reported_at");
                    return Map.entry(rs.getLong("whistle_id"), new WhistleView.Summoned(rs.getString("unit_code"),
                            rs.getLong("id"), AssignmentStatus.valueOf(rs.getString("status")), due, reported,
                            reported == null ? null : !reported.isAfter(due),
                            reported == null ? now.isAfter(due) : reported.isAfter(due),
                            rs.getString("report_note"), rs.getString("work_note")));
                }).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return whistles.stream().map(w -> w.withSummoned(byWhistle.getOrDefault(w.id(), List.of()))).toList();
    }
}
