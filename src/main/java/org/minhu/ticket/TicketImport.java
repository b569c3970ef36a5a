package org.minhu.ticket;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.minhu.calendar.Deadlines;
import org.minhu.calendar.WorkingCalendar;
import org.minhu.directory.Actor;
import org.minhu.directory.Unit;
import org.minhu.directory.Units;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk import of historic tickets: for demo data, migrations from an older system and load tests.
 *
 * <p>A {@link Historic} ticket is what the citizen said at intake and the {@link Step}s that then
 * happened to it, in time order, each with its actor. The import replays every step on the real
 * aggregate, in memory, so each ticket passes through the same guarded verbs as in live operation
 * (a step the lifecycle does not allow fails the whole import), gets the deadlines of the rules in
 * force ({@link Deadlines}) and the very event log the verbs write. Then it writes all tickets,
 * assignments, callbacks and events with PostgreSQL {@code COPY}, ids reserved from the tables'
 * identity sequences and numbers from {@code ticket_number_seq}, in the caller's transaction
 * (or one of its own).
 *
 * <p>Differences from live operation, by design: the events go into the {@link EventLog} with
 * {@code COPY} and no {@link TicketEventRecorded} is published (the history is not news; a module
 * that needs it reads the log), steps are not checked for visibility (the actor's role and unit are
 * checked by the verbs as usual), and deadline breaches are left to the {@link DeadlineSweep},
 * which records the ones still open on its next run.
 */
@Service
public class TicketImport {

    /**
     * A historic ticket. {@code ref} is the caller's key for it, unique in one import, by which a
     * later ticket of the same import may {@link Merge} into it. {@code districtCode} may be null
     * (the first dispatch sets it); {@code createdBy} must be an operator.
     */
    public record Historic(String ref, Channel channel, RequestType type, Urgency urgency, String subject,
                           String content, String categoryCode, String requesterName, String requesterPhone,
                           String address, String locationUnitCode, String districtCode, Actor createdBy,
                           Instant createdAt, List<Step> steps) {
    }

    /** Something that happened to a ticket, by whom and when. Steps of a ticket are in time order. */
    public sealed interface Step {
        Actor actor();

        Instant at();
    }

    /** 直接答复 by an operator. */
    public record Answer(Actor actor, Instant at, String text) implements Step {
    }

    /** 派单 to a unit by an operator. */
    public record Dispatch(Actor actor, Instant at, String unitCode, AssignmentRole role, Route route) implements Step {
    }

    /** 签收 by a handler; the assignment is their unit's active one. */
    public record Accept(Actor actor, Instant at) implements Step {
    }

    /** 退单 asked by a handler for their unit's active assignment. */
    public record RequestReturn(Actor actor, Instant at, String reason) implements Step {
    }

    /** The centre approves the return asked by {@code unitCode}, re-dispatching to {@code redispatchTo} if not null. */
    public record ApproveReturn(Actor actor, Instant at, String unitCode, String redispatchTo) implements Step {
    }

    /** The centre rejects the return asked by {@code unitCode}. */
    public record RejectReturn(Actor actor, Instant at, String unitCode) implements Step {
    }

    /** 响应 by a handler. */
    public record Respond(Actor actor, Instant at) implements Step {
    }

    /** 办结 by a handler, with the reply. */
    public record Complete(Actor actor, Instant at, String reply) implements Step {
    }

    /** 延期 asked by a handler: so many working days past the deadline in force. */
    public record RequestExtension(Actor actor, Instant at, int workingDays, String reason) implements Step {
    }

    /** The centre approves the extension asked by {@code unitCode}. */
    public record ApproveExtension(Actor actor, Instant at, String unitCode) implements Step {
    }

    /** The centre rejects the extension asked by {@code unitCode}. */
    public record RejectExtension(Actor actor, Instant at, String unitCode) implements Step {
    }

    /** 回访 recorded by an operator. */
    public record Callback(Actor actor, Instant at, CallbackResult result) implements Step {
    }

    /** 重办 by an operator after an unresolved callback. */
    public record Reopen(Actor actor, Instant at) implements Step {
    }

    /** 合并 into the earlier ticket of this import whose ref is {@code parentRef}. */
    public record Merge(Actor actor, Instant at, String parentRef) implements Step {
    }

    /** 终止 by an operator. */
    public record Terminate(Actor actor, Instant at, String reason) implements Step {
    }

    /** 督办 by a supervisor. */
    public record Supervise(Actor actor, Instant at, String note) implements Step {
    }

    /** What an import wrote. */
    public record Result(int tickets, int assignments, int callbacks, int events, Map<TicketStatus, Integer> byStatus,
                         Map<AssignmentStatus, Integer> assignmentsByStatus) {
    }

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final Units units;
    private final Deadlines deadlines;
    private final WorkingCalendar calendar;
    private final EventLog log;
    private final java.time.ZoneId zone;

    TicketImport(JdbcClient jdbc, DataSource dataSource, Units units, Deadlines deadlines, WorkingCalendar calendar,
                 EventLog log, java.time.ZoneId cityZone) {
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.units = units;
        this.deadlines = deadlines;
        this.log = log;
        this.zone = cityZone;
    }

    /** Whether any ticket was registered by one of these users. */
    @Transactional(readOnly = true)
    public boolean anyCreatedBy(List<String> usernames) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM ticket WHERE created_by = ANY(?::varchar[]))")
                .param(usernames.toArray(String[]::new)).query(Boolean.class).single();
    }

    /**
     * Replays and writes the tickets, in list order (a merged ticket after its parent). Times must
     * not lie in the future of {@code now}.
     *
     * @throws org.minhu.platform.MinhuException when a step is not allowed where it stands
     * @throws IllegalArgumentException when steps are out of time order, in the future, or a ref is unknown
     */
    @Transactional
    public Result importAll(List<Historic> tickets, Instant now) {
        Map<String, Unit> unitMap = new HashMap<>();
        units.all().forEach(u -> unitMap.put(u.code(), u));
        java.util.function.Function<String, Unit> unit = code -> {
            Unit u = unitMap.get(code);
            return u != null ? u : units.require(code);
        };
        int dispatches = 0;
        for (Historic h : tickets) {
            for (Step s : h.steps()) {
                if (s instanceof Dispatch || s instanceof Reopen || s instanceof ApproveReturn) {
                    dispatches++;
                }
            }
        }
        long[] ticketIds = reserve("SELECT nextval(pg_get_serial_sequence('ticket', 'id')) FROM generate_series(1, ?)", tickets.size());
        long[] numbers = reserve("SELECT nextval('ticket_number_seq') FROM generate_series(1, ?)", tickets.size());
        long[] assignmentIds = reserve("SELECT nextval(pg_get_serial_sequence('assignment', 'id')) FROM generate_series(1, ?)", dispatches);
        int[] nextAssignment = {0};

        List<Ticket> replayed = new ArrayList<>(tickets.size());
        Map<String, Ticket> byRef = new HashMap<>();
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("yyMMdd");
        for (int i = 0; i < tickets.size(); i++) {
            Historic h = tickets.get(i);
            if (h.createdAt().isAfter(now)) {
                throw new IllegalArgumentException("Ticket " + h.ref() + " is created in the future");
            }
            TicketFacts facts = new TicketFacts(h.channel(), h.type(), h.urgency() == null ? Urgency.NORMAL : h.urgency(),
                    h.subject(), h.content(), h.categoryCode(), h.requesterName(), h.requesterPhone(), false, h.address(),
                    null, null, h.locationUnitCode());
            String number = day.format(h.createdAt().atZone(zone)) + String.format("%07d", numbers[i] % 10_000_000L);
            Ticket t = Ticket.receive(facts, number, h.districtCode(), h.createdBy(), h.createdAt());
            t.id = ticketIds[i];
            Instant last = h.createdAt();
            for (Step step : h.steps()) {
                if (step.at().isBefore(last) || step.at().isAfter(now)) {
                    throw new IllegalArgumentException("Ticket " + h.ref() + ": step " + step + " is out of time order");
                }
                last = step.at();
                apply(t, step, unit, byRef);
                for (Assignment a : t.assignments) {
                    if (a.id == null) {
                        a.id = assignmentIds[nextAssignment[0]++];
                    }
                }
            }
            if (h.ref() != null && byRef.putIfAbsent(h.ref(), t) != null) {
                throw new IllegalArgumentException("Duplicate ref " + h.ref());
            }
            replayed.add(t);
        }
        return write(replayed);
    }

    private void apply(Ticket t, Step step, java.util.function.Function<String, Unit> unit, Map<String, Ticket> byRef) {
        Actor actor = step.actor();
        Instant at = step.at();
        switch (step) {
            case Answer s -> t.answer(actor, s.text(), at);
            case Dispatch s -> t.dispatch(actor, unit.apply(s.unitCode()), s.role(), s.route(), deadlines, at);
            case Accept s -> t.accept(actor, own(t, actor.unitCode()), at);
            case RequestReturn s -> t.requestReturn(actor, own(t, actor.unitCode()), s.reason(), at);
            case ApproveReturn s -> t.approveReturn(actor, own(t, s.unitCode()),
                    Optional.ofNullable(s.redispatchTo()).map(unit), deadlines, at);
            case RejectReturn s -> t.rejectReturn(actor, own(t, s.unitCode()), at);
            case Respond s -> t.respond(actor, own(t, actor.unitCode()), at);
            case Complete s -> t.complete(actor, own(t, actor.unitCode()), s.reply(), deadlines, at);
            case RequestExtension s -> t.requestExtension(actor, own(t, actor.unitCode()), null, s.workingDays(),
                    s.reason(), calendar, at);
            case ApproveExtension s -> t.approveExtension(actor, own(t, s.unitCode()), at);
            case RejectExtension s -> t.rejectExtension(actor, own(t, s.unitCode()), at);
            case Callback s -> t.recordCallback(actor, s.result(), at);
            case Reopen s -> t.reopen(actor, unit, deadlines, at);
            case Merge s -> {
                Ticket parent = byRef.get(s.parentRef());
                if (parent == null) {
                    throw new IllegalArgumentException("Merge into unknown or later ticket " + s.parentRef());
                }
                t.mergeInto(actor, parent, at);
            }
            case Terminate s -> t.terminate(actor, s.reason(), at);
            case Supervise s -> t.supervise(actor, s.note(), at);
        }
    }

    /** The id of the unit's latest active assignment of the ticket. */
    private static long own(Ticket t, String unitCode) {
        for (Assignment a : t.assignments.reversed()) {
            if (a.isActive() && a.unitCode.equals(unitCode)) {
                return a.id;
            }
        }
        throw TicketProblems.notYours();
    }

    private long[] reserve(String sql, int n) {
        if (n == 0) {
            return new long[0];
        }
        List<Long> values = jdbc.sql(sql).param(n).query(Long.class).list();
        return values.stream().mapToLong(Long::longValue).toArray();
    }

    /** Writes replayed tickets, their ids given, with their children and events through the tables' one mappings. */
    Result write(List<Ticket> tickets) {
        Map<TicketStatus, Integer> byStatus = new EnumMap<>(TicketStatus.class);
        Map<AssignmentStatus, Integer> byAssignmentStatus = new EnumMap<>(AssignmentStatus.class);
        int[] counts = new int[3];
        try (TicketCopy copy = new TicketCopy(dataSource)) {
            copy.table(TicketRow.COLUMNS, out -> {
                for (Ticket t : tickets) {
                    out.row(TicketRow.values(t));
                    byStatus.merge(t.status, 1, Integer::sum);
                }
            });
            copy.table(AssignmentRow.COLUMNS, out -> {
                for (Ticket t : tickets) {
                    for (Assignment a : t.assignments) {
                        out.row(AssignmentRow.values(t.id, a));
                        byAssignmentStatus.merge(a.status, 1, Integer::sum);
                        counts[0]++;
                    }
                }
            });
            copy.table(CallbackRow.COLUMNS.drawn(), out -> {
                for (Ticket t : tickets) {
                    for (CallbackRecord c : t.callbacks) {
                        out.row(CallbackRow.values(t.id, c));
                        counts[1]++;
                    }
                    t.changes.clear(); // all of it is stored now
                }
            });
            counts[2] = log.copy(copy, tickets);
        }
        return new Result(tickets.size(), counts[0], counts[1], counts[2], byStatus, byAssignmentStatus);
    }
}
