package org.minhu.calendar;

import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.minhu.platform.Caches;
import org.minhu.platform.MinhuSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@link Deadlines} from the {@code deadline_rule} table (see {@link DeadlinePolicy} for how a
 * rule is chosen). The rules are cached and read again at the first use after
 * {@code minhu.deadlines.cache-ttl} (default one minute, on the injected clock) or on
 * {@link #reload()}, so a rule an administrator adds takes effect on every node within that time.
 * If re-reading fails, the rules already read stay in use until the next attempt.
 */
@Component
class JdbcDeadlines implements Deadlines {

    /** The one entry of the cache: all the rules. */
    private static final String RULES = "rules";

    private final JdbcClient jdbc;
    private final WorkingCalendar calendar;
    private final ZoneId zone;
    private final LoadingCache<String, DeadlinePolicy> rules;

    JdbcDeadlines(JdbcClient jdbc, WorkingCalendar calendar, MinhuSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.zone = settings.zone();
        this.rules = Caches.on(clock).refreshAfterWrite(settings.deadlines().cacheTtl())
                .build(Caches.keeping("the deadline rules", key -> read()));
    }

    @Override
    public Due due(DeadlineStep step, DeadlineClass deadlineClass, Instant start) {
        return policy().due(step, deadlineClass, start);
    }

    @Override
    public void reload() {
        rules.put(RULES, read());
    }

    DeadlinePolicy policy() {
        return rules.get(RULES);
    }

    private DeadlinePolicy read() {
        List<DeadlineRule> found = jdbc.sql("""
                        SELECT step, deadline_class, amount, unit, effective_from
                          FROM deadline_rule""")
                .query((rs, n) -> {
                    String deadlineClass = rs.getString("deadline_class");
                    return new DeadlineRule(
                            DeadlineStep.valueOf(rs.getString("step")),
                            "ANY".equals(deadlineClass) ? null : DeadlineClass.valueOf(deadlineClass),
                            rs.getInt("amount"),
                            DeadlineUnit.valueOf(rs.getString("unit")),
                            rs.getObject("effective_from", LocalDate.class));
                })
                .list();
        return new DeadlinePolicy(found, calendar, zone);
    }
}
