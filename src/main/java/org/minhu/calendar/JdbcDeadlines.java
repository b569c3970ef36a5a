package org.minhu.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@link Deadlines} from the {@code deadline_rule} table (see {@link DeadlinePolicy} for how a
 * rule is chosen). The rules are cached and read again when the cache is older than
 * {@code minhu.deadlines.cache-ttl} (default one minute) or on {@link #reload()}, so a rule an
 * administrator adds takes effect on every node within that time. If re-reading fails, the rules
 * already read stay in use until the next attempt.
 */
@Component
class JdbcDeadlines implements Deadlines {

    private static final Logger log = LoggerFactory.getLogger(JdbcDeadlines.class);

    private final JdbcClient jdbc;
    private final WorkingCalendar calendar;
    private final ZoneId zone;
    private final long ttlNanos;

    private record Snapshot(DeadlinePolicy policy, long loadedAt) {
    }

    private volatile Snapshot snapshot;

    JdbcDeadlines(JdbcClient jdbc, WorkingCalendar calendar,
                  @Value("${minhu.zone:Asia/Shanghai}") ZoneId zone,
                  @Value("${minhu.deadlines.cache-ttl:PT1M}") Duration ttl) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.zone = zone;
        this.ttlNanos = ttl.toNanos();
    }

    @Override
    public Due due(DeadlineStep step, DeadlineClass deadlineClass, Instant start) {
        return policy().due(step, deadlineClass, start);
    }

    @Override
    public void reload() {
        synchronized (this) {
            snapshot = new Snapshot(read(), System.nanoTime());
        }
    }

    DeadlinePolicy policy() {
        Snapshot current = snapshot;
        if (current == null || System.nanoTime() - current.loadedAt() > ttlNanos) {
            synchronized (this) {
                current = snapshot;
                if (current == null) {
                    current = new Snapshot(read(), System.nanoTime());
                } else if (System.nanoTime() - current.loadedAt() > ttlNanos) {
                    try {
                        current = new Snapshot(read(), System.nanoTime());
                    } catch (RuntimeException e) {
                        log.warn("Cannot re-read the deadline rules; keeping the {} read before", current.policy().size(), e);
                        current = new Snapshot(current.policy(), System.nanoTime());
                    }
                }
                snapshot = current;
            }
        }
        return current.policy();
    }

    private DeadlinePolicy read() {
        List<DeadlineRule> rules = jdbc.sql("""
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
        return new DeadlinePolicy(rules, calendar, zone);
    }
}
