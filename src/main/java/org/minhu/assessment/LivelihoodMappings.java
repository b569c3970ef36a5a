package org.minhu.assessment;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.minhu.directory.Actor;
import org.minhu.directory.Role;
import org.minhu.dispatch.Categories;
import org.minhu.dispatch.Category;
import org.minhu.platform.MinhuException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which 七有五性 dimensions each leaf category counts for: dated data, read as in force in a month;
 * an administrator changes a category's from a month on (by default the current one), so earlier
 * months keep being counted as they were.
 */
@Service
public class LivelihoodMappings {

    private final JdbcLivelihoodMappings store;
    private final Categories categories;
    private final Clock clock;
    private final ZoneId zone;
    private final LivelihoodCache cache;

    LivelihoodMappings(JdbcLivelihoodMappings store, Categories categories, Clock clock, ZoneId cityZone,
                       LivelihoodCache cache) {
        this.cache = cache;
        this.store = store;
        this.categories = categories;
        this.clock = clock;
        this.zone = cityZone;
    }

    /** The mapping in force in the month (null: this month), every leaf category by code. */
    @Transactional(readOnly = true)
    public LivelihoodMapping mapping(YearMonth month) {
        YearMonth shown = month == null ? thisMonth() : month;
        var inForce = store.inForce(shown);
        List<LivelihoodMapping.Entry> entries = categories.leaves().stream().map(c -> named(c, inForce.get(c.code())))
                .toList();
        return new LivelihoodMapping(shown, store.dimensions(), entries);
    }

    /**
     * Maps a leaf category to the dimensions (none: it concerns none) from {@code from} on (null:
     * this month). ADMIN only; an unknown category is 404 {@code CATEGORY_NOT_FOUND}, one that is
     * no leaf or an unknown dimension 400 {@code INVALID_MAPPING}.
     */
    @Transactional
    public LivelihoodMapping.Entry map(String categoryCode, List<String> dimensions, YearMonth from, Actor actor) {
        if (!actor.is(Role.ADMIN)) {
            throw MinhuException.forbidden("Administrators map categories to the livelihood dimensions");
        }
        Category category = categories.find(categoryCode).orElseThrow(() -> MinhuException.notFound("category", categoryCode));
        if (!category.isLeaf()) {
            throw MinhuException.invalid("INVALID_MAPPING", "not-a-leaf", "Only a leaf category (like 03.02.01) is mapped",
                    Map.of("category", categoryCode));
        }
        if (dimensions == null) {
            throw MinhuException.invalid("VALIDATION_FAILED", "empty", "Say the dimensions, [] for none",
                    Map.of("field", "dimensions"));
        }
        var known = store.dimensions().stream().map(LivelihoodMapping.Dimension::code).toList();
        dimensions.stream().filter(d -> d == null || !known.contains(d)).findFirst().ifPresent(d -> {
            throw MinhuException.invalid("INVALID_MAPPING", "unknown-dimension", "No livelihood dimension " + d
                    + "; the dimensions are " + String.join(", ", known), Map.of("dimension", String.valueOf(d)));
        });
        var entry = store.write(category.code(), from == null ? thisMonth() : from, dimensions, actor.username(),
                clock.instant());
        cache.forget();
        return named(category, entry);
    }

    private static LivelihoodMapping.Entry named(Category category, LivelihoodMapping.Entry entry) {
        if (entry == null) { // a leaf added after the defaults, never mapped: it counts for none
            return new LivelihoodMapping.Entry(category.code(), category.name(), List.of(), null, null, null);
        }
        return new LivelihoodMapping.Entry(category.code(), category.name(), entry.dimensions(), entry.effectiveFrom(),
                entry.changedBy(), entry.changedAt());
    }

    private YearMonth thisMonth() {
        return YearMonth.now(clock.withZone(zone));
    }
}
