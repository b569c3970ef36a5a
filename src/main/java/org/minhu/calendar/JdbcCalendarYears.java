package org.minhu.calendar;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The administered calendar years in {@code calendar_year} (the version in force) and
 * {@code calendar_year_history} (every version). The reads for {@link CalendarYears} run in a
 * transaction of their own, so a poll made while a caller's transaction is open (a dispatch) can
 * neither join nor spoil it.
 */
@Component
class JdbcCalendarYears implements CalendarYears.Store {

    /** Serialises the entry of years, so two administrators cannot open a gap between them. */
    private static final long LOCK_KEY = 0x6d696e6875_6361L; // "minhu" "ca"

    private final JdbcClient jdbc;
    private final TransactionTemplate own;
    private final TransactionTemplate joined;

    JdbcCalendarYears(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        own.setReadOnly(true);
        this.joined = new TransactionTemplate(transactions);
    }

    @Override
    public String signature() {
        return own.execute(tx -> jdbc.sql("""
                        SELECT coalesce(string_agg(year || ':' || revision, ',' ORDER BY year), '')
                          FROM calendar_year""")
                .query(String.class).single());
    }

    @Override
    public List<CalendarYears.Administered> administered() {
        return own.execute(tx -> read());
    }

    private List<CalendarYears.Administered> read() {
        return jdbc.sql("""
                        SELECT year, CAST(holidays AS text[]) AS holidays, CAST(workdays AS text[]) AS workdays,
                               note, entered_by, entered_at, revision
                          FROM calendar_year ORDER BY year""")
                .query((rs, n) -> new CalendarYears.Administered(
                        YearDays.of(rs.getInt("year"), dates(rs, "holidays"), dates(rs, "workdays")),
                        rs.getInt("revision"), rs.getString("note"), rs.getString("entered_by"),
                        rs.getObject("entered_at", java.time.OffsetDateTime.class).toInstant()))
                .list();
    }

    /**
     * Enters (or replaces) a year: under a lock, {@code check} sees the administered years as
     * they are and may refuse by throwing; then the year is written as a new revision.
     *
     * @return the revision written
     */
    int save(YearDays days, String note, String enteredBy, Instant enteredAt,
             Consumer<List<CalendarYears.Administered>> check) {
        return joined.execute(tx -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", LOCK_KEY).query((rs, n) -> 1).list();
            check.accept(read());
            int revision = jdbc.sql("SELECT coalesce(max(revision), 0) + 1 FROM calendar_year_history WHERE year = :year")
                    .param("year", days.year()).query(Integer.class).single();
            Timestamp at = Timestamp.from(enteredAt);
            jdbc.sql("""
                            INSERT INTO calendar_year_history (year, revision, holidays, workdays, note, entered_by, entered_at)
                            VALUES (:year, :revision, CAST(:holidays AS date[]), CAST(:workdays AS date[]), :note, :by, :at)""")
                    .param("year", days.year()).param("revision", revision)
                    .param("holidays", literal(days.holidays())).param("workdays", literal(days.workdays()))
                    .param("note", note).param("by", enteredBy).param("at", at)
                    .update();
            jdbc.sql("""
                            INSERT INTO calendar_year (year, holidays, workdays, note, entered_by, entered_at, revision)
                            VALUES (:year, CAST(:holidays AS date[]), CAST(:workdays AS date[]), :note, :by, :at, :revision)
                            ON CONFLICT (year) DO UPDATE SET holidays = EXCLUDED.holidays, workdays = EXCLUDED.workdays,
                                note = EXCLUDED.note, entered_by = EXCLUDED.entered_by,
                                entered_at = EXCLUDED.entered_at, revision = EXCLUDED.revision""")
                    .param("year", days.year()).param("revision", revision)
                    .param("holidays", literal(days.holidays())).param("workdays", literal(days.workdays()))
                    .param("note", note).param("by", enteredBy).param("at", at)
                    .update();
            return revision;
        });
    }

    private static String literal(Collection<LocalDate> days) {
        return days.stream().map(LocalDate::toString).collect(Collectors.joining(",", "{", "}"));
    }

    private static List<LocalDate> dates(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        List<LocalDate> days = new ArrayList<>();
        if (array != null) {
            for (Object day : (Object[]) array.getArray()) {
                days.add(LocalDate.parse((String) day));
            }
        }
        return days;
    }
}
