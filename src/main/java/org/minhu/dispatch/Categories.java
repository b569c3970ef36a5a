package org.minhu.dispatch;

import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.minhu.platform.Caches;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The category taxonomy (table {@code category}, seeded by migration V5; administered through
 * {@link CategoryAdministration}). Held in
 * memory and read again at most a minute after a change: every suggestion names its categories,
 * and the intake form suggests on every pause in typing.
 */
@Service
public class Categories {

    private static final Duration RELOAD = Duration.ofSeconds(60);

    /** The taxonomy in code order, and by code. */
    private record Taxonomy(List<Category> all, Map<String, Category> byCode) {
    }

    private final JdbcClient jdbc;
    private final LoadingCache<String, Taxonomy> taxonomy;

    Categories(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.taxonomy = Caches.on(clock).refreshAfterWrite(RELOAD).build(Caches.keeping("the categories", key -> read()));
    }

    /** Every category, by code (so each parent comes before its children). */
    public List<Category> all() {
        return taxonomy.get("all").all();
    }

    /** The leaves (level 3), the codes tickets carry. */
    public List<Category> leaves() {
        return all().stream().filter(Category::isLeaf).toList();
    }

    /** The category's code and the codes of every category under it. */
    public List<String> withDescendants(String code) {
        return all().stream().map(Category::code).filter(c -> c.equals(code) || c.startsWith(code + ".")).toList();
    }

    /** The categories chosen for new tickets on {@code day}, by code. */
    public List<Category> inForce(java.time.LocalDate day) {
        return all().stream().filter(c -> c.inForceOn(day)).toList();
    }

    /** Reads the taxonomy again now (after an administrator's change on this node). */
    public void reload() {
        taxonomy.put("all", read());
    }

    public Optional<Category> find(String code) {
        return Optional.ofNullable(code == null ? null : taxonomy.get("all").byCode().get(code));
    }

    private Taxonomy read() {
        List<Category> all = jdbc.sql("""
                SELECT code, name, parent_code, level, default_unit_kind, default_unit_code, valid_from, valid_to
                  FROM category ORDER BY code""")
                .query((rs, n) -> new Category(rs.getString("code"), rs.getString("name"), rs.getString("parent_code"),
                        rs.getInt("level"), rs.getString("default_unit_kind"), rs.getString("default_unit_code"),
                        rs.getObject("valid_from", java.time.LocalDate.class), rs.getObject("valid_to", java.time.LocalDate.class)))
                .list();
        return new Taxonomy(List.copyOf(all), all.stream().collect(Collectors.toUnmodifiableMap(Category::code, Function.identity())));
    }
}
