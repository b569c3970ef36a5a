package org.minhu.ticket;

import static org.minhu.ticket.Sql.enumOf;
import static org.minhu.ticket.Sql.instant;
import static org.minhu.ticket.Sql.name;
import static org.minhu.ticket.Sql.nullableDouble;
import static org.minhu.ticket.Sql.nullableLong;
import static org.minhu.ticket.Sql.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.minhu.calendar.DeadlineClass;
import org.minhu.calendar.Due;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads and stores the ticket aggregate. An update only succeeds against the version that was
 * loaded, so of two racing transitions one wins and the other gets a 409.
 */
@Repository
class TicketRepository {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private final JdbcClient jdbc;
    private final EventLog log;
    private final ZoneId zone;

    TicketRepository(JdbcClient jdbc, EventLog log, ZoneId cityZone) {
        this.jdbc = jdbc;
        this.log = log;
        this.zone = cityZone;
    }


    Optional<Ticket> find(long id) {
        Optional<Ticket> ticket = jdbc.sql("SELECT * FROM ticket WHERE id = :id").param("id", id)
                .query(this::ticket).optional();
        ticket.ifPresent(this::loadChildren);
        return ticket;
    }

    /** Loads many tickets with their assignments and callbacks in three queries, in the order of {@code ids}. */
    java.util.List<Ticket> findAll(java.util.List<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.List.of();
        }
        Long[] array = ids.toArray(Long[]::new);
        java.util.Map<Long, Ticket> byId = new java.util.HashMap<>();
        jdbc.sql("SELECT * FROM ticket WHERE id = ANY(:ids)").param("ids", array)
                .query(this::ticket).list().forEach(t -> byId.put(t.id, t));
        jdbc.sql("SELECT * FROM assignment WHERE ticket_id = ANY(:ids) ORDER BY id").param("ids", array)
                .query((rs, n) -> java.util.Map.entry(rs.getLong("ticket_id"), assignment(rs, n))).list()
                .forEach(e -> byId.get(e.getKey()).assignments.add(e.getValue()));
        jdbc.sql("SELECT * FROM callback WHERE ticket_id = ANY(:ids) ORDER BY id").param("ids", array)
                .query((rs, n) -> java.util.Map.entry(rs.getLong("ticket_id"), callback(rs, n))).list()
                .forEach(e -> byId.get(e.getKey()).callbacks.add(e.getValue()));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * Stores a new ticket with its first events. It takes its id and its human number from the
     * database in the same statement: the city's date and a running sequence, e.g. 2611220001234.
     */
    void insert(Ticket t) {
        TicketFacts f = t.facts;
        jdbc.sql("""
                INSERT INTO ticket (number, status, channel, type, urgency, subject, content, category_code,
                    requester_name, requester_phone, requester_confidential, address, lat, lng, location_unit_code, district_code,
                    lead_unit_code, created_at, created_by)
                VALUES (:day || lpad((nextval('ticket_number_seq') % 10000000)::text, 7, '0'), :status, :channel, :type, :urgency, :subject, :content, :category,
                    :name, :phone, :confidential, :address, :lat, :lng, :locationUnit, :district, :lead, :createdAt, :createdBy)
                RETURNING id, number""")
                .param("day", DAY.format(t.createdAt.atZone(zone))).param("status", t.status.name())
                .param("channel", f.channel().name())
                .param("type", f.type().name()).param("urgency", f.urgency().name()).param("subject", f.subject())
                .param("content", f.content()).param("category", f.categoryCode()).param("name", f.requesterName())
                .param("phone", f.requesterPhone()).param("confidential", f.requesterConfidential()).param("address", f.address()).param("lat", f.lat())
                .param("lng", f.lng()).param("locationUnit", f.locationUnitCode()).param("district", t.districtCode)
                .param("lead", t.leadUnitCode).param("createdAt", ts(t.createdAt)).param("createdBy", t.createdBy)
                .query((rs, n) -> {
                    t.id = rs.getLong("id");
                    t.number = rs.getString("number");
                    return t.id;
                }).single();
        saveChildren(t);
    }

    void update(Ticket t) {
        int updated = jdbc.sql("""
                UPDATE ticket SET status = :status, district_code = :district, lead_unit_code = :lead,
                    parent_id = :parent, supervised = :supervised, answer = :answer, reopen_count = :reopens,
                    answered_at = :answeredAt, completed_at = :completedAt, callback_due_at = :callbackDue,
                    callback_due_provisional_beyond = :callbackBeyond,
                    closed_at = :closedAt, terminated_reason = :terminated, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("status", t.status.name()).param("district", t.districtCode).param("lead", t.leadUnitCode)
                .param("parent", t.parentId).param("supervised", t.supervised).param("answer", t.answer)
                .param("reopens", t.reopenCount).param("answeredAt", ts(t.answeredAt))
                .param("completedAt", ts(t.completedAt)).param("callbackDue", ts(t.callbackDue == null ? null : t.callbackDue.at()))
                .param("callbackBeyond", ProvisionalColumns.beyond(t.callbackDue))
                .param("closedAt", ts(t.closedAt)).param("terminated", t.terminatedReason)
                .param("id", t.id).param("version", t.version)
                .update();
        if (updated != 1) {
            throw TicketProblems.lostRace();
        }
        t.version++;
        saveChildren(t);
    }

    private void saveChildren(Ticket t) {
        for (Assignment a : t.assignments) {
            if (a.id == null) {
                insertAssignment(t.id, a);
            } else if (a.dirty) {
                updateAssignment(a);
            }
            a.dirty = false;
        }
        for (CallbackRecord c : t.callbacks) {
            if (c.id() == null) {
                jdbc.sql("""
                        INSERT INTO callback (ticket_id, recorded_at, recorded_by, unreachable, resolved, satisfied)
                        VALUES (:ticket, :at, :by, :unreachable, :resolved, :satisfied)""")
                        .param("ticket", t.id).param("at", ts(c.recordedAt())).param("by", c.recordedBy())
                        .param("unreachable", c.unreachable()).param("resolved", name(c.resolved()))
                        .param("satisfied", name(c.satisfied())).update();
            }
        }
        t.callbacks.replaceAll(c -> c.id() == null ? new CallbackRecord(0L, c.recordedAt(), c.recordedBy(),
                c.unreachable(), c.resolved(), c.satisfied()) : c);
        log.append(t);
    }

    private void insertAssignment(long ticketId, Assignment a) {
        a.id = jdbc.sql("""
                INSERT INTO assignment (ticket_id, unit_code, role, route, status, deadline_class, dispatched_at,
                    dispatched_by, accept_due_at, return_until, respond_due_at, complete_due_at,
                    provisional_deadlines, provisional_beyond, relay_of, district_code)
                VALUES (:ticket, :unit, :role, :route, :status, :class, :at, :by, :acceptDue, :returnUntil,
                    :respondDue, :completeDue, CAST(:provisional AS varchar[]), :beyond, :relayOf, :district)
                RETURNING id""")
                .param("ticket", ticketId).param("unit", a.unitCode).param("role", a.role.name())
                .param("route", a.route.name()).param("status", a.status.name())
                .param("class", a.deadlineClass.name()).param("at", ts(a.dispatchedAt)).param("by", a.dispatchedBy)
                .param("acceptDue", ts(a.deadlines.accept().at())).param("returnUntil", ts(a.deadlines.returnUntil().at()))
                .param("respondDue", ts(a.deadlines.respond().at())).param("completeDue", ts(a.completeDue.at()))
                .param("provisional", ProvisionalColumns.names(a)).param("beyond", ProvisionalColumns.beyond(a))
                .param("relayOf", a.relayOf).param("district", a.districtCode)
                .query(Long.class).single();
    }

    private void updateAssignment(Assignment a) {
        jdbc.sql("""
                UPDATE assignment SET status = :status, accept_due_at = :acceptDue, return_until = :returnUntil,
                    respond_due_at = :respondDue, complete_due_at = :completeDue, accepted_at = :acceptedAt,
                    responded_at = :respondedAt, completed_at = :completedAt, reply = :reply,
                    return_reason = :returnReason, return_requested_at = :returnAt,
                    status_before_return = :before, extension_status = :extension,
                    extension_until = :extensionUntil, extension_working_days = :extensionDays,
                    extension_reason = :extensionReason, extended_from = :extendedFrom, extended_days = :extendedDays,
                    provisional_deadlines = CAST(:provisional AS varchar[]), provisional_beyond = :beyond
                WHERE id = :id""")
                .param("status", a.status.name()).param("completeDue", ts(a.completeDue.at()))
                .param("acceptDue", ts(a.deadlines.accept().at())).param("returnUntil", ts(a.deadlines.returnUntil().at()))
                .param("respondDue", ts(a.deadlines.respond().at()))
                .param("extensionDays", a.extensionWorkingDays).param("extendedFrom", ts(a.extendedFrom))
                .param("extendedDays", a.extendedDays)
                .param("provisional", ProvisionalColumns.names(a)).param("beyond", ProvisionalColumns.beyond(a))
                .param("acceptedAt", ts(a.acceptedAt)).param("respondedAt", ts(a.respondedAt))
                .param("completedAt", ts(a.completedAt)).param("reply", a.reply)
                .param("returnReason", a.returnReason).param("returnAt", ts(a.returnRequestedAt))
                .param("before", name(a.statusBeforeReturn)).param("extension", name(a.extension))
                .param("extensionUntil", ts(a.extensionUntil == null ? null : a.extensionUntil.at())).param("extensionReason", a.extensionReason)
                .param("id", a.id).update();
    }

    private void loadChildren(Ticket t) {
        t.assignments.addAll(jdbc.sql("SELECT * FROM assignment WHERE ticket_id = :id ORDER BY id")
                .param("id", t.id).query(TicketRepository::assignment).list());
        t.callbacks.addAll(jdbc.sql("SELECT * FROM callback WHERE ticket_id = :id ORDER BY id")
                .param("id", t.id).query(TicketRepository::callback).list());
    }

    private Ticket ticket(ResultSet rs, int row) throws SQLException {
        TicketFacts facts = new TicketFacts(Channel.valueOf(rs.getString("channel")),
                RequestType.valueOf(rs.getString("type")), Urgency.valueOf(rs.getString("urgency")),
                rs.getString("subject"), rs.getString("content"), rs.getString("category_code"),
                rs.getString("requester_name"), rs.getString("requester_phone"), rs.getBoolean("requester_confidential"),
                rs.getString("address"),
                nullableDouble(rs, "lat"), nullableDouble(rs, "lng"), rs.getString("location_unit_code"));
        Ticket t = new Ticket(rs.getLong("id"), rs.getString("number"), TicketStatus.valueOf(rs.getString("status")),
                facts, instant(rs, "created_at"), rs.getString("created_by"));
        t.districtCode = rs.getString("district_code");
        t.leadUnitCode = rs.getString("lead_unit_code");
        t.parentId = nullableLong(rs, "parent_id");
        t.supervised = rs.getBoolean("supervised");
        t.answer = rs.getString("answer");
        t.reopenCount = rs.getInt("reopen_count");
        t.answeredAt = instant(rs, "answered_at");
        t.completedAt = instant(rs, "completed_at");
        Instant callbackDue = instant(rs, "callback_due_at");
        int callbackBeyond = rs.getInt("callback_due_provisional_beyond");
        t.callbackDue = callbackDue == null ? null : new Due(callbackDue, rs.wasNull() ? null : callbackBeyond);
        t.closedAt = instant(rs, "closed_at");
        t.terminatedReason = rs.getString("terminated_reason");
        t.version = rs.getInt("version");
        return t;
    }

    static Assignment assignment(ResultSet rs, int row) throws SQLException {
        ProvisionalColumns.Marks marks = ProvisionalColumns.Marks.of(rs);
        AssignmentDeadlines deadlines = new AssignmentDeadlines(
                marks.due(ProvisionalDeadline.ACCEPT, instant(rs, "accept_due_at")),
                marks.due(ProvisionalDeadline.RETURN, instant(rs, "return_until")),
                marks.due(ProvisionalDeadline.RESPOND, instant(rs, "respond_due_at")),
                marks.due(ProvisionalDeadline.COMPLETE, instant(rs, "complete_due_at")));
        Assignment a = new Assignment(rs.getLong("id"), rs.getString("unit_code"),
                AssignmentRole.valueOf(rs.getString("role")), Route.valueOf(rs.getString("route")),
                DeadlineClass.valueOf(rs.getString("deadline_class")), instant(rs, "dispatched_at"),
                rs.getString("dispatched_by"), deadlines, AssignmentStatus.valueOf(rs.getString("status")));
        a.acceptedAt = instant(rs, "accepted_at");
        a.respondedAt = instant(rs, "responded_at");
        a.completedAt = instant(rs, "completed_at");
        a.reply = rs.getString("reply");
        a.returnReason = rs.getString("return_reason");
        a.returnRequestedAt = instant(rs, "return_requested_at");
        a.statusBeforeReturn = enumOf(AssignmentStatus.class, rs.getString("status_before_return"));
        a.extension = enumOf(Assignment.Extension.class, rs.getString("extension_status"));
        a.extensionUntil = marks.due(ProvisionalDeadline.EXTENSION, instant(rs, "extension_until"));
        int extensionDays = rs.getInt("extension_working_days");
        a.extensionWorkingDays = rs.wasNull() ? null : extensionDays;
        a.extendedFrom = instant(rs, "extended_from");
        a.extendedDays = rs.getInt("extended_days");
        a.relayOf = Sql.nullableLong(rs, "relay_of");
        a.districtCode = rs.getString("district_code");
        a.extensionReason = rs.getString("extension_reason");
        return a;
    }

    private static CallbackRecord callback(ResultSet rs, int row) throws SQLException {
        return new CallbackRecord(rs.getLong("id"), instant(rs, "recorded_at"), rs.getString("recorded_by"),
                rs.getBoolean("unreachable"), enumOf(Resolved.class, rs.getString("resolved")),
                enumOf(Satisfied.class, rs.getString("satisfied")));
    }
}
