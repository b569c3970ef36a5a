package org.minhu.ticket;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
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
 * happened to it, in time order, each a {@link TicketCommand} with its actor. The import replays
 * every command on the real aggregate, in memory, through the same {@link CommandVerbs} as live
 * operation, so each ticket passes through the same guarded verbs
 * (a step the lifecycle does not allow fails the whole import), gets the deadlines of the rules in
 * force ({@link Deadlines}) and the very event log the verbs write. Then it writes all tickets,
 * assignments, callbacks and events with PostgreSQL {@code COPY}, ids reserved from the tables'
 * identity sequences and numbers from {@code ticket_number_seq}, in the caller's transaction
 * (or one of its own).
 *
 * <p>Differences from live operation, by design: the events go into the {@link EventLog} with
 * {@code COPY} and no {@link TicketEventRecorded} is published (the history is not news; a module
 * that needs it reads the log), steps are not checked for visibility (the actor's role and unit are
 * checked by the verbs as usual), and the deadlines the history went past are recorded as the
 * {@link DeadlineSweep} would have recorded them at the time ({@link HistoricBreaches}: a breach row
 * and an {@code OVERDUE} event at the due time); the sweep finds them there and adds none twice.
 */
@Service
public class TicketImport {

    /**
     * A historic ticket. {@code ref} is the caller's key for it, unique in one import, by which a
     * later ticket of the same import may merge into it ({@link Step#mergeInto}). {@code districtCode} may be null
     * (the first dispatch sets it); {@code createdBy} must be an operator.
     */
    public record Historic(String ref, Channel channel, RequestType type, Urgency urgency, String subject,
                           String content, String categoryCode, String requesterName, String requesterPhone,
                           String address, String locationUnitCode, String districtCode, Actor createdBy,
                           Instant createdAt, List<Step> steps) {
    }

    /**
     * Something that happened to a ticket, by whom and when: the {@link TicketCommand} it was,
     * made once its ids are known ({@link Ids}), since a plan of history is written before any
     * ticket or assignment has one. Steps of a ticket are in time order.
     */
    public record Step(Actor actor, Instant at, Function<Ids, TicketCommand> command) {

        /** A command on the ticket itself, given its id. */
        public static Step onTicket(Actor actor, Instant at, LongFunction<TicketCommand> command) {
            return new Step(actor, at, ids -> command.apply(ids.ticket()));
        }

        /** A command on the ticket's active assignment to {@code unitCode}, given its id. */
        public static Step onAssignmentOf(String unitCode, Actor actor, Instant at, LongFunction<TicketCommand> command) {
            return new Step(actor, at, ids -> command.apply(ids.assignmentOf(unitCode)));
        }

        /** A handler's command on their own unit's active assignment. */
        public static Step onOwnAssignment(Actor handler, Instant at, LongFunction<TicketCommand> command) {
            return onAssignmentOf(handler.unitCode(), handler, at, command);
        }

        /** 合并 into the earlier ticket of this import whose ref is {@code parentRef}. */
        public static Step mergeInto(String parentRef, Actor actor, Instant at) {
            return new Step(actor, at, ids -> new TicketCommand.Merge(ids.ticket(), ids.ticketOf(parentRef)));
        }

        /** The command with stand-in ids, for a planner asking what kind of step this is. */
        public TicketCommand peek() {
            return command.apply(Ids.STAND_IN);
        }
    }

    /** The ids a step's command may need, found as the import replays. */
    public interface Ids {

        /** Stand-in ids (all 1), for {@link Step#peek()}. */
        Ids STAND_IN = new Ids() {
            public long ticket() { return 1; }
            public long assignmentOf(String unitCode) { return 1; }
            public long ticketOf(String ref) { return 1; }
        };

        /** The ticket's own. */
        long ticket();

        /** The unit's latest active assignment of the ticket. */
        long assignmentOf(String unitCode);

        /** An earlier ticket of the same import, by its ref. */
        long ticketOf(String ref);
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
                TicketCommand c = s.peek();
                if (c instanceof TicketCommand.Dispatch || c instanceof TicketCommand.Reopen
                        || c instanceof TicketCommand.ApproveReturn) {
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
        return write(replayed, now);
    }

    /** Replays one step through the same {@link CommandVerbs} as live operation. */
    private void apply(Ticket t, Step step, java.util.function.Function<String, Unit> unit, Map<String, Ticket> byRef) {
        Map<Long, Ticket> parents = new HashMap<>();
        Ids ids = new Ids() {
            public long ticket() {
                return t.id;
            }

            public long assignmentOf(String unitCode) {
                return own(t, unitCode);
            }

            public long ticketOf(String ref) {
                Ticket parent = byRef.get(ref);
                if (parent == null) {
                    throw new IllegalArgumentException("Merge into unknown or later ticket " + ref);
                }
                parents.put(parent.id, parent);
                return parent.id;
            }
        };
        TicketCommand command = step.command().apply(ids);
        CommandVerbs.apply(t, command, step.actor(), step.at(), new CommandVerbs.Context() {
            public Unit unit(String code) {
                return unit.apply(code);
            }

            public Unit knownUnit(String code) {
                return unit.apply(code);
            }

            public Deadlines deadlines() {
                return deadlines;
            }

            public WorkingCalendar calendar() {
                return calendar;
            }

            public Ticket parent(long id) {
                return parents.get(id);
            }

            public long newWhistleId() {
                throw new UnsupportedOperationException("The import does not replay whistles");
            }

            public void requireOffered(long articleVersion, Instant at) {
                // history: the answer was given then, from whatever the article said then
            }
        });
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
    Result write(List<Ticket> tickets, Instant now) {
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
            List<HistoricBreaches.Breach> breaches = new java.util.ArrayList<>();
            tickets.forEach(t -> breaches.addAll(HistoricBreaches.of(t, now)));
            copy.table("deadline_breach", "ticket_id, assignment_id, step, due_at, detected_at", out -> {
                for (HistoricBreaches.Breach b : breaches) {
                    out.row(b.ticketId(), b.assignmentId(), b.step(), b.dueAt(), b.dueAt());
                }
            });
            counts[2] = log.copy(copy, tickets);
        }
        // a bulk load leaves the planner's statistics far behind until autovacuum catches up (a minute
        // or more): the scoring and the lists would be planned for empty tables meanwhile
        jdbc.sql("ANALYZE ticket, assignment, callback, ticket_event").update();
        return new Result(tickets.size(), counts[0], counts[1], counts[2], byStatus, byAssignmentStatus);
    }
}
