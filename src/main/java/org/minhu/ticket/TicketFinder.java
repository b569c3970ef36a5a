package org.minhu.ticket;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minhu.directory.Actor;
import org.minhu.platform.LikePatterns;
import org.minhu.platform.MinhuException;
import org.minhu.platform.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Lists and look-ups: the filtering, the caller's scope and the paging are done by SQL. */
@Component
class TicketFinder {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    /** The longest search text: longer ones would make the word search crawl. */
    static final int MAX_SEARCH = TicketQuery.MAX_WORDS;
    /** yyMMdd and seven digits, as {@link TicketRepository} numbers tickets. */
    private static final java.util.regex.Pattern TICKET_NUMBER = java.util.regex.Pattern.compile("\\d{13}");

    private final JdbcClient jdbc;
    private final TicketRepository repository;
    private final JsonMapper json;
    private final org.springframework.beans.factory.ObjectProvider<TicketTextSearch> index;

    TicketFinder(JdbcClient jdbc, TicketRepository repository, JsonMapper json,
                 org.springframework.beans.factory.ObjectProvider<TicketTextSearch> index) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.json = json;
        this.index = index;
    }

    Page<TicketView> find(TicketQuery q, Actor actor, Instant now) {
        Page.check(q.page(), q.size());
        Optional<Page<Long>> indexed = byWords(q) ? index.stream().findFirst().flatMap(s -> s.page(q, actor)) : Optional.empty();
        if (indexed.isPresent()) {
            Page<Long> ids = indexed.get();
            return new Page<>(views(ids.content(), actor, now), ids.page(), ids.size(), ids.totalElements());
        }
        Map<String, Object> params = new HashMap<>();
        String filter = filter(q, actor, params);
        long total = jdbc.sql("SELECT count(*) FROM ticket t" + filter).params(params).query(Long.class).single();
        params.put("limit", q.size());
        params.put("offset", (long) q.page() * q.size());
        List<Long> ids = jdbc.sql("SELECT t.id FROM ticket t" + filter + " ORDER BY t.created_at DESC, t.id DESC LIMIT :limit OFFSET :offset")
                .params(params).query(Long.class).list();
        return new Page<>(views(ids, actor, now), q.page(), q.size(), total);
    }

    /** The tickets of {@code ids} in their order, those the actor may see. */
    List<TicketView> views(List<Long> ids, Actor actor, Instant now) {
        return repository.findAll(ids).stream().filter(t -> TicketVisibility.canSee(actor, t))
                .map(t -> TicketViews.of(t, actor, now)).toList();
    }

    /** Whether the words of the query go to the search index: words, not a ticket number, and no filter it lacks. */
    private static boolean byWords(TicketQuery q) {
        if (q.q() == null || q.q().isBlank() || q.exemption() != null) {
            return false;
        }
        checkLength(q.q().strip());
        return !TICKET_NUMBER.matcher(q.q().strip()).matches();
    }

    private static void checkLength(String text) {
        org.minhu.platform.SearchText.check(text, MAX_SEARCH);
    }

    /**
     * The rows of the list as the export writes them, newest first, at most {@code max}, one at a
     * time from a cursor (the export streams), text and numbers masked as the reader sees them.
     */
    void export(TicketQuery q, Actor actor, int max, java.util.function.Consumer<TicketExportRow> out) {
        Map<String, Object> params = new HashMap<>();
        Optional<List<Long>> indexed = byWords(q) ? index.stream().findFirst().flatMap(s -> s.ids(q, actor, max))
                : Optional.empty();
        String filter;
        if (indexed.isPresent()) { // the index chose the rows; the scope is checked again on them
            filter = " WHERE t.id = ANY(:ids)" + scopeAnd(actor, params);
            params.put("ids", indexed.get().toArray(Long[]::new));
        } else {
            filter = filter(q, actor, params);
        }
        params.put("max", max);
        try (var rows = jdbc.sql("""
                        SELECT t.number, t.created_at, t.channel, t.type, t.urgency, t.status, t.category_code, t.subject,
                               t.content, t.address, t.requester_name, t.requester_phone, t.requester_confidential,
                               t.lead_unit_code, t.district_code, t.supervised, t.closed_at,
                               (SELECT a.complete_due_at FROM assignment a WHERE a.ticket_id = t.id AND a.role = 'LEAD'
                                ORDER BY a.id DESC LIMIT 1) AS complete_due
                        FROM ticket t""" + filter + " ORDER BY t.created_at DESC, t.id DESC LIMIT :max")
                .params(params).withFetchSize(1000).query((rs, n) -> TicketExportRow.read(rs, actor)).stream()) {
            rows.forEach(out);
        }
    }

    private String filter(TicketQuery q, Actor actor, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        scope(actor, where, params);
        if (q.status() != null) {
            where.add("t.status = :status");
            params.put("status", q.status().name());
        }
        if (q.channel() != null) {
            where.add("t.channel = :channel");
            params.put("channel", q.channel().name());
        }
        if (q.district() != null && !q.district().isBlank()) {
            where.add("t.district_code = :district");
            params.put("district", q.district().strip());
        }
        if (q.unit() != null && !q.unit().isBlank()) {
            where.add("EXISTS (SELECT 1 FROM assignment a WHERE a.ticket_id = t.id AND a.unit_code = :unit)");
            params.put("unit", q.unit().strip());
        }
        if (q.exemption() != null) {
            where.add("t.exemption_status = :exemption");
            params.put("exemption", q.exemption().name());
        }
        if (q.category() != null && !q.category().isBlank()) {
            where.add("t.category_code LIKE :category");
            params.put("category", LikePatterns.startingWith(q.category().strip()));
        }
        if (q.from() != null) {
            where.add("t.created_at >= :from");
            params.put("from", Sql.ts(q.from()));
        }
        if (q.to() != null) {
            where.add("t.created_at < :to");
            params.put("to", Sql.ts(q.to()));
        }
        if (q.q() != null && !q.q().isBlank()) {
            String text = q.q().strip();
            checkLength(text);
            where.add(searchCondition(text));
            params.put("q", text);
            params.put("like", LikePatterns.containing(text));
        }
        return where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
    }

    /** A ticket number is looked up in its unique index alone; other text is searched for in the ticket's words. */
    static String searchCondition(String text) {
        return TICKET_NUMBER.matcher(text).matches() ? "t.number = :q"
                : "(t.content ILIKE :like OR t.subject ILIKE :like OR t.address ILIKE :like)";
    }

    Page<EventView> events(long ticketId, int page, int size) {
        Page.check(page, size);
        long total = jdbc.sql("SELECT count(*) FROM ticket_event WHERE ticket_id = :id").param("id", ticketId)
                .query(Long.class).single();
        List<EventView> events = jdbc.sql("""
                SELECT id, type, at, actor, actor_unit, assignment_id, data::text AS data FROM ticket_event
                WHERE ticket_id = :id ORDER BY id LIMIT :limit OFFSET :offset""")
                .param("id", ticketId).param("limit", size).param("offset", (long) page * size)
                .query(this::event)
                .list();
        return new Page<>(events, page, size, total);
    }

    /** The log up to and with the approval of the unit's last return: what a unit that gave the ticket back may read. */
    Page<EventView> eventsUntilReturned(long ticketId, String unitCode, int page, int size) {
        Page.check(page, size);
        String until = " AND id <= (SELECT max(e.id) FROM ticket_event e JOIN assignment a ON a.id = e.assignment_id"
                + " WHERE e.ticket_id = :id AND e.type = 'RETURN_APPROVED' AND a.unit_code = :unit)";
        long total = jdbc.sql("SELECT count(*) FROM ticket_event WHERE ticket_id = :id" + until).param("id", ticketId)
                .param("unit", unitCode).query(Long.class).single();
        List<EventView> events = jdbc.sql("SELECT id, type, at, actor, actor_unit, assignment_id, data::text AS data"
                        + " FROM ticket_event WHERE ticket_id = :id" + until + " ORDER BY id LIMIT :limit OFFSET :offset")
                .param("id", ticketId).param("unit", unitCode).param("limit", size).param("offset", (long) page * size)
                .query(this::event).list();
        return new Page<>(events, page, size, total);
    }

    private EventView event(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new EventView(rs.getLong("id"), TicketEventType.valueOf(rs.getString("type")), Sql.instant(rs, "at"),
                rs.getString("actor"), rs.getString("actor_unit"), Sql.nullableLong(rs, "assignment_id"),
                json.readValue(rs.getString("data"), MAP));
    }

    Optional<Long> ticketOfAssignment(long assignmentId) {
        return jdbc.sql("SELECT ticket_id FROM assignment WHERE id = :id").param("id", assignmentId)
                .query(Long.class).optional();
    }

    /** The newest {@code max} tickets of the caller with this number since {@code since}. */
    List<Long> ofCaller(String phone, Instant since, int max) {
        return jdbc.sql("SELECT id FROM ticket WHERE requester_phone = :phone AND created_at >= :since"
                        + " ORDER BY created_at DESC LIMIT :max")
                .param("phone", phone.strip()).param("since", Sql.ts(since)).param("max", max).query(Long.class).list();
    }

    Optional<Long> idOfNumber(String number) {
        return jdbc.sql("SELECT id FROM ticket WHERE number = :n").param("n", number).query(Long.class).optional();
    }

    Optional<Long> ticketOfWhistle(long whistleId) {
        return jdbc.sql("SELECT ticket_id FROM whistle WHERE id = :id").param("id", whistleId).query(Long.class).optional();
    }

    long newWhistleId() {
        return jdbc.sql("SELECT nextval('whistle_id_seq')").query(Long.class).single();
    }

    private static String scopeAnd(Actor actor, Map<String, Object> params) {
        String condition = TicketVisibility.condition(actor, params);
        return condition == null ? "" : " AND " + condition;
    }

    private static void scope(Actor actor, List<String> where, Map<String, Object> params) {
        String condition = TicketVisibility.condition(actor, params);
        if (condition != null) {
            where.add(condition);
        }
    }
}
