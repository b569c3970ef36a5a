package org.minhu.dispatch;

import com.github.benmanes.caffeine.cache.LoadingCache;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.minhu.directory.Actor;
import org.minhu.directory.Role;
import org.minhu.directory.Units;
import org.minhu.platform.Caches;
import org.minhu.platform.MinhuException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The responsibility list (权责清单), kept in {@code responsibility} (V23) and read through
 * {@link ResponsibilityList}; every node rereads it within {@link JurisdictionRouting#REFRESH}, the
 * node that changed it at once. Administrators add rows from a day on; earlier days keep theirs.
 */
@Service
public class Responsibilities {

    private static final String ALL = "all";

    private final JdbcClient jdbc;
    private final Units units;
    private final Categories categories;
    private final Clock clock;
    private final LoadingCache<String, ResponsibilityList> list;

    Responsibilities(JdbcClient jdbc, Units units, Categories categories, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.categories = categories;
        this.clock = clock;
        this.list = Caches.on(clock).refreshAfterWrite(JurisdictionRouting.REFRESH)
                .build(Caches.keeping("the responsibility list", key -> load()));
    }

    /**
     * The row of a category in force on a day; for a category above the leaves without a row of its
     * own, the row all its leaves share, if they do.
     */
    public Optional<ResponsibilityRule> inForce(String category, LocalDate day) {
        ResponsibilityList rows = list.get(ALL);
        return rows.inForce(category, day).or(() -> rows.sharedByLeaves(category, categories.all().stream()
                .filter(c -> c.isLeaf() && c.code().startsWith(category + ".")).map(Category::code).toList(), day));
    }

    /** Every category's row in force on a day. */
    public List<ResponsibilityRule> inForce(LocalDate day) {
        return list.get(ALL).inForce(day);
    }

    /** Adds (or, same day, replaces) a category's row from its {@code effectiveFrom} on (ADMIN). */
    @Transactional
    public ResponsibilityRule define(ResponsibilityRule rule, Actor actor) {
        if (!actor.is(Role.ADMIN)) {
            throw MinhuException.forbidden("Administrators keep the responsibility list");
        }
        ResponsibilityChecks.check(rule, categories, units);
        var stored = new ResponsibilityRule(rule.categoryCode(), rule.effectiveFrom(), rule.lead(),
                rule.lead() == ResponsibilityRule.Lead.UNIT ? rule.leadUnitCode() : null, List.copyOf(rule.assistUnitCodes()),
                rule.assistPlace(), actor.username(), clock.instant());
        jdbc.sql("""
                INSERT INTO responsibility (category_code, effective_from, lead, lead_unit_code, assist_unit_codes,
                                            assist_place, changed_by, changed_at)
                VALUES (:c, :from, :lead, :unit, CAST(:assists AS varchar[]), :place, :by, :at)
                ON CONFLICT (category_code, effective_from) DO UPDATE SET lead = EXCLUDED.lead,
                    lead_unit_code = EXCLUDED.lead_unit_code, assist_unit_codes = EXCLUDED.assist_unit_codes,
                    assist_place = EXCLUDED.assist_place, changed_by = EXCLUDED.changed_by, changed_at = EXCLUDED.changed_at""")
                .param("c", stored.categoryCode()).param("from", Date.valueOf(stored.effectiveFrom()))
                .param("lead", stored.lead().name()).param("unit", stored.leadUnitCode())
                .param("assists", stored.assistUnitCodes().toArray(String[]::new)).param("place", stored.assistPlace())
                .param("by", stored.changedBy()).param("at", Timestamp.from(stored.changedAt())).update();
        list.invalidateAll();
        return stored;
    }

    private ResponsibilityList load() {
        return new ResponsibilityList(jdbc.sql("SELECT * FROM responsibility").query((rs, n) -> new ResponsibilityRule(
                rs.getString("category_code"), rs.getDate("effective_from").toLocalDate(),
                ResponsibilityRule.Lead.valueOf(rs.getString("lead")), rs.getString("lead_unit_code"),
                List.of((String[]) rs.getArray("assist_unit_codes").getArray()), rs.getBoolean("assist_place"),
                rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant())).list());
    }
}
