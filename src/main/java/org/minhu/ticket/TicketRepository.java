package org.minhu.ticket;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads and stores the ticket aggregate through the one mapping of each table ({@link TicketRow},
 * {@link AssignmentRow}, {@link CallbackRow}, {@link WhistleRow}). Saving writes the ticket row and exactly the
 * children its {@link TicketChanges} name. An update only succeeds against the version that was
 * loaded, so of two racing transitions one wins and the other gets a 409.
 */
@Repository
class TicketRepository {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");
    /** The human number: the city's date (parameter {@code day}) and a running sequence, e.g. 2611220001234. */
    private static final String NUMBER = ":day || lpad((nextval('ticket_number_seq') % 10000000)::text, 7, '0')";
    private static final String INSERT_TICKET = TicketRow.COLUMNS.insert(Map.of("number", NUMBER)) + " RETURNING id, number";
    private static final String UPDATE_TICKET = TicketRow.COLUMNS.update(TicketRow.FIXED)
            + ", version = version + 1 WHERE id = :id AND version = :version";
    private static final String INSERT_ASSIGNMENT = AssignmentRow.COLUMNS.insert(Map.of()) + " RETURNING id";
    private static final String UPDATE_ASSIGNMENT = AssignmentRow.COLUMNS.update(AssignmentRow.FIXED) + " WHERE id = :id";
    private static final String INSERT_CALLBACK = CallbackRow.COLUMNS.insert(Map.of());
    private static final String TICKETS = TicketRow.COLUMNS.select() + " WHERE id = ANY(:ids)";
    private static final String ASSIGNMENTS = AssignmentRow.COLUMNS.select() + " WHERE ticket_id = ANY(:ids) ORDER BY id";
    private static final String INSERT_WHISTLE = WhistleRow.COLUMNS.insertWithId();
    private static final String UPDATE_WHISTLE = WhistleRow.COLUMNS.update(WhistleRow.FIXED) + " WHERE id = :id";
    private static final String WHISTLES = WhistleRow.COLUMNS.select() + " WHERE ticket_id = ANY(:ids) ORDER BY id";
    private static final String CALLBACKS = CallbackRow.COLUMNS.select() + " WHERE ticket_id = ANY(:ids) ORDER BY id";

    private final JdbcClient jdbc;
    private final EventLog log;
    private final ZoneId zone;

    TicketRepository(JdbcClient jdbc, EventLog log, ZoneId cityZone) {
        this.jdbc = jdbc;
        this.log = log;
        this.zone = cityZone;
    }

    Optional<Ticket> find(long id) {
        return findAll(List.of(id)).stream().findFirst();
    }

    /** Loads many tickets with their assignments, callbacks and whistles in four queries, in the order of {@code ids}. */
    List<Ticket> findAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Long[] array = ids.toArray(Long[]::new);
        Map<Long, Ticket> byId = new HashMap<>();
        jdbc.sql(TICKETS).param("ids", array).query(TicketRow::read).list().forEach(t -> byId.put(t.id, t));
        jdbc.sql(ASSIGNMENTS).param("ids", array)
                .query((rs, n) -> Map.entry(rs.getLong("ticket_id"), AssignmentRow.read(rs, n))).list()
                .forEach(e -> byId.get(e.getKey()).assignments.add(e.getValue()));
        jdbc.sql(CALLBACKS).param("ids", array)
                .query((rs, n) -> Map.entry(rs.getLong("ticket_id"), CallbackRow.read(rs, n))).list()
                .forEach(e -> byId.get(e.getKey()).callbacks.add(e.getValue()));
        jdbc.sql(WHISTLES).param("ids", array)
                .query((rs, n) -> Map.entry(rs.getLong("ticket_id"), WhistleRow.read(rs, n))).list()
                .forEach(e -> byId.get(e.getKey()).whistles.add(e.getValue()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /**
     * Stores a new ticket with its first events. It takes its id and its human number from the
     * database in the same statement.
     */
    void insert(Ticket t) {
        jdbc.sql(INSERT_TICKET).params(TicketRow.COLUMNS.params(TicketRow.values(t)))
                .param("day", DAY.format(t.createdAt.atZone(zone)))
                .query((rs, n) -> {
                    t.id = rs.getLong("id");
                    t.number = rs.getString("number");
                    return t.id;
                }).single();
        saveChildren(t);
    }

    /** Stores a loaded ticket if nobody else stored it since, else throws {@link TicketProblems#lostRace()}. */
    void update(Ticket t) {
        int updated = jdbc.sql(UPDATE_TICKET).params(TicketRow.COLUMNS.params(TicketRow.values(t))).update();
        if (updated != 1) {
            throw TicketProblems.lostRace();
        }
        t.version++;
        saveChildren(t);
    }

    private void saveChildren(Ticket t) {
        TicketChanges changes = t.changes;
        for (Whistle w : changes.whistles()) {
            jdbc.sql(w.stored ? UPDATE_WHISTLE : INSERT_WHISTLE).params(WhistleRow.COLUMNS.params(WhistleRow.values(t.id, w))).update();
            w.stored = true;
        }
        for (Assignment a : changes.added()) {
            a.id = jdbc.sql(INSERT_ASSIGNMENT).params(AssignmentRow.COLUMNS.params(AssignmentRow.values(t.id, a)))
                    .query(Long.class).single();
        }
        for (Assignment a : changes.changed()) {
            jdbc.sql(UPDATE_ASSIGNMENT).params(AssignmentRow.COLUMNS.params(AssignmentRow.values(t.id, a))).update();
        }
        for (CallbackRecord c : changes.callbacks()) {
            jdbc.sql(INSERT_CALLBACK).params(CallbackRow.COLUMNS.params(CallbackRow.values(t.id, c))).update();
        }
        changes.clear();
        log.append(t);
    }
}
