package org.minhu.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.minhu.calendar.Deadlines;
import org.minhu.calendar.WorkingCalendar;
import org.minhu.directory.Actor;
import org.minhu.directory.Role;
import org.minhu.directory.Units;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One mapping per table: a ticket stored verb by verb (insert, then updates) and the same ticket
 * written by the import's COPY read back alike, and every column of the tables is mapped.
 */
class TicketMappingTest extends TicketApiTestSupport {

    private static final Actor OP = new Actor("op", Role.OPERATOR, null, null);
    private static final Actor OFFICE = new Actor("chaoyang-office", Role.HANDLER, CHAOYANG, CHAOYANG);
    private static final Actor STREET = new Actor("jianwai", Role.HANDLER, JIANWAI, CHAOYANG);
    private static final Actor SUPERVISOR = new Actor("sup-city", Role.SUPERVISOR, null, null);
    /** 2027-02-01 10:00 in Beijing: 2027 is provisional in the tests, so the deadlines carry marks. */
    private static final Instant T0 = Instant.parse("2027-02-01T02:00:00Z");

    @Autowired
    TicketRepository repository;
    @Autowired
    TicketImport imports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    Units units;
    @Autowired
    Deadlines deadlines;
    @Autowired
    WorkingCalendar calendar;

    @Test
    void theLivePathAndTheImportWriteATicketAlike() {
        Ticket live = repository.find(storedLive()).orElseThrow();
        Ticket replayed = replayed();
        tx.executeWithoutResult(s -> imports.write(List.of(replayed), java.time.Instant.EPOCH)); // no step undone is late yet
        Ticket imported = repository.find(replayed.id).orElseThrow();

        assertThat(imported.assignments).extracting(a -> a.relayOf).containsExactly(null, imported.assignments.getFirst().id, null);
        assertThat(live.assignments).extracting(a -> a.relayOf).containsExactly(null, live.assignments.getFirst().id, null);
        assertThat(live.assignments.getLast().provisional()).isNotEmpty(); // the array column is written too
        assertThat(rows(imported, Set.of("id"))).isEqualTo(rows(replayed, Set.of("id")));
        assertThat(rows(live, Set.of("id", "number", "version", "ticket_id", "relay_of")))
                .isEqualTo(rows(imported, Set.of("id", "number", "version", "ticket_id", "relay_of")));
        assertThat(TicketViews.of(live, OP, T0)).usingRecursiveComparison().ignoringFields("id", "number", "assignments.id")
                .isEqualTo(TicketViews.of(imported, OP, T0));
    }

    @Test
    void everyColumnOfTheTablesIsMapped() {
        for (Columns columns : List.of(TicketRow.COLUMNS, AssignmentRow.COLUMNS, CallbackRow.COLUMNS, WhistleRow.COLUMNS)) {
            List<String> inDatabase = jdbc.sql("""
                    SELECT column_name FROM information_schema.columns
                     WHERE table_schema = current_schema() AND table_name = :table""")
                    .param("table", columns.table()).query(String.class).list();
            assertThat(columns.names()).as(columns.table()).containsExactlyInAnyOrderElementsOf(inDatabase);
        }
        Ticket t = replayed();
        assertThat(TicketRow.values(t)).hasSameSizeAs(TicketRow.COLUMNS.names());
        assertThat(AssignmentRow.values(t.id, t.assignments.getFirst())).hasSameSizeAs(AssignmentRow.COLUMNS.names());
        assertThat(CallbackRow.values(t.id, t.callbacks.getFirst())).hasSameSizeAs(CallbackRow.COLUMNS.names());
    }

    /** 转派 through 朝阳区's office to 建外街道 with 朝外街道 assisting, an extension, a callback that keeps it open and one that closes it. */
    private List<Consumer<Ticket>> story() {
        return List.of(
                t -> t.dispatch(OP, units.require(CHAOYANG), AssignmentRole.LEAD, Route.DIRECT, deadlines, at(1)),
                t -> t.supervise(SUPERVISOR, "督办", null, null, at(2)),
                t -> t.forward(OFFICE, own(t, CHAOYANG), units.require(JIANWAI), AssignmentRole.LEAD, deadlines, at(3)),
                t -> t.dispatch(OP, units.require(CHAOWAI), AssignmentRole.ASSIST, Route.DIRECT, deadlines, at(4)),
                t -> t.accept(STREET, own(t, JIANWAI), at(5)),
                t -> t.requestExtension(STREET, own(t, JIANWAI), null, 3, "需协调施工方", calendar, at(6)),
                t -> t.approveExtension(OP, own(t, JIANWAI), at(7)),
                t -> t.respond(STREET, own(t, JIANWAI), at(8)),
                t -> t.complete(STREET, own(t, JIANWAI), "已协调停工", deadlines, at(9)),
                t -> t.recordCallback(OP, new CallbackResult(false, Resolved.NO, Satisfied.DISSATISFIED), at(10)),
                t -> t.recordCallback(OP, new CallbackResult(false, Resolved.YES, Satisfied.SATISFIED), at(11)));
    }

    /** The story as the API tells it: an insert, then each verb on a freshly loaded ticket and an update. */
    private long storedLive() {
        Ticket created = Ticket.receive(facts(), null, null, OP, T0);
        tx.executeWithoutResult(s -> repository.insert(created));
        for (Consumer<Ticket> verb : story()) {
            tx.executeWithoutResult(s -> {
                Ticket t = repository.find(created.id).orElseThrow();
                verb.accept(t);
                repository.update(t);
            });
        }
        return created.id;
    }

    /** The story as the import replays it: in memory, ids reserved as they are needed. */
    private Ticket replayed() {
        Ticket t = Ticket.receive(facts(), null, null, OP, T0);
        t.id = next("ticket");
        t.number = "M" + t.id;
        for (Consumer<Ticket> verb : story()) {
            verb.accept(t);
            t.assignments.stream().filter(a -> a.id == null).forEach(a -> a.id = next("assignment"));
        }
        return t;
    }

    /** Each row the mappings make of the ticket, with the named columns left out. */
    private static List<List<Object>> rows(Ticket t, Set<String> ignored) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(TicketRow.COLUMNS, TicketRow.values(t), ignored));
        t.assignments.forEach(a -> rows.add(row(AssignmentRow.COLUMNS, AssignmentRow.values(t.id, a), ignored)));
        t.callbacks.forEach(c -> rows.add(row(CallbackRow.COLUMNS, CallbackRow.values(t.id, c), ignored)));
        return rows;
    }

    private static List<Object> row(Columns columns, Object[] values, Set<String> ignored) {
        List<Object> row = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            row.add(ignored.contains(columns.names().get(i)) ? "…" : values[i]);
        }
        return row;
    }

    private static TicketFacts facts() {
        return new TicketFacts(Channel.PHONE, RequestType.COMPLAINT, Urgency.NORMAL, "夜间施工",
                "建外街道永安里小区夜间施工噪音扰民", "03.02.01", "王女士", PHONE, true, "朝阳区建外街道永安里8号",
                39.9, 116.45, JIANWAI);
    }

    private long next(String table) {
        return jdbc.sql("SELECT nextval(pg_get_serial_sequence(:table, 'id'))").param("table", table)
                .query(Long.class).single();
    }

    private static long own(Ticket t, String unitCode) {
        return t.assignments.reversed().stream().filter(a -> a.unitCode.equals(unitCode)).findFirst().orElseThrow().id;
    }

    private static Instant at(int hours) {
        return T0.plus(Duration.ofHours(hours));
    }
}
