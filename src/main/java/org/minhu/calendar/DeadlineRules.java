package org.minhu.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.minhu.platform.MinhuException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 时限规则, administered: every version of every rule, and a new version from a date on. A version
 * that has been in force is never changed; one that has not started yet may be replaced. Deadlines
 * already counted keep their time (they are stored); new ones count by the new version from its
 * day. This node reloads at once, the others within the rules' cache time.
 */
@Service
public class DeadlineRules {

    /** The longest a rule may be: a year of minutes, hours or working days is past any use. */
    static final int MAX_AMOUNT = 525_600;

    private final JdbcClient jdbc;
    private final Deadlines deadlines;
    private final Clock clock;
    private final ZoneId zone;

    DeadlineRules(JdbcClient jdbc, Deadlines deadlines, Clock clock, ZoneId cityZone) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.clock = clock;
        this.zone = cityZone;
    }

    /** Every version, by step, class and date; the one in force today marked. */
    @Transactional(readOnly = true)
    public List<DeadlineRuleView> all() {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return jdbc.sql("""
                        SELECT r.*, r.effective_from = (SELECT max(o.effective_from) FROM deadline_rule o
                                 WHERE o.step = r.step AND o.deadline_class = r.deadline_class AND o.effective_from <= :today)
                               AS in_force
                        FROM deadline_rule r ORDER BY r.step, r.deadline_class, r.effective_from DESC""")
                .param("today", today)
                .query((rs, n) -> {
                    LocalDate from = rs.getObject("effective_from", LocalDate.class);
                    String deadlineClass = rs.getString("deadline_class");
                    return new DeadlineRuleView(DeadlineStep.valueOf(rs.getString("step")),
                            "ANY".equals(deadlineClass) ? null : DeadlineClass.valueOf(deadlineClass), rs.getInt("amount"),
                            DeadlineUnit.valueOf(rs.getString("unit")), from, rs.getString("note"),
                            rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant(),
                            rs.getBoolean("in_force"), from.isAfter(today));
                }).list();
    }

    /**
     * A new version of a rule from {@code from} (today or later; {@code deadlineClass} null: any
     * class), by the administrator {@code by} (the caller checks the role: this module knows no users).
     */
    @Transactional
    public DeadlineRuleView add(DeadlineStep step, DeadlineClass deadlineClass, int amount, DeadlineUnit unit, LocalDate from,
                                String note, String by) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (step == null || unit == null || from == null) {
            throw MinhuException.invalid("INVALID_RULE", "incomplete", "A rule needs its step, unit and first day", Map.of());
        }
        if (from.isBefore(today)) {
            throw MinhuException.invalid("INVALID_RULE", "past", "A new version starts today or later, not " + from,
                    Map.of("effectiveFrom", from.toString()));
        }
        if (amount <= 0 || amount > MAX_AMOUNT) {
            throw MinhuException.invalid("INVALID_RULE", "amount", "The amount is a whole number from 1 to " + MAX_AMOUNT,
                    Map.of("amount", amount));
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > 500) {
            throw MinhuException.invalid("INVALID_RULE", "note", "A note is at most 500 characters", Map.of());
        }
        String klass = deadlineClass == null ? "ANY" : deadlineClass.name();
        boolean taken = jdbc.sql("SELECT count(*) FROM deadline_rule WHERE step = :step AND deadline_class = :class"
                        + " AND effective_from = :from").param("step", step.name()).param("class", klass).param("from", from)
                .query(Long.class).single() > 0;
        if (taken && !from.isAfter(today)) {
            throw MinhuException.conflict("RULE_IN_FORCE", "The version from " + from + " is in force already: start the new one later");
        }
        jdbc.sql("""
                        INSERT INTO deadline_rule (step, deadline_class, amount, unit, effective_from, note)
                        VALUES (:step, :class, :amount, :unit, :from, :note)
                        ON CONFLICT (step, deadline_class, effective_from) DO UPDATE
                          SET amount = EXCLUDED.amount, unit = EXCLUDED.unit, note = EXCLUDED.note, created_at = now()""")
                .param("step", step.name()).param("class", klass)
                .param("amount", amount).param("unit", unit.name()).param("from", from)
                .param("note", text == null ? "by " + by : text + " (" + by + ")").update();
        deadlines.reload();
        return all().stream().filter(r -> r.step() == step && r.deadlineClass() == deadlineClass
                && r.effectiveFrom().equals(from)).findFirst().orElseThrow();
    }
}
