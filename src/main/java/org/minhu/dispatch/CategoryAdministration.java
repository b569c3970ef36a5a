package org.minhu.dispatch;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.minhu.directory.Actor;
import org.minhu.directory.Role;
import org.minhu.platform.CleanText;
import org.minhu.platform.MinhuException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The taxonomy, administered (ADMIN): a category added under a parent from a day, one renamed, one
 * retired from a day (no longer chosen for new tickets; the tickets that carry it keep it). Codes
 * are never reused and never change: history, scores and the classifier's labels stay true.
 */
@Service
public class CategoryAdministration {

    private static final Set<String> KINDS = Set.of("SUBDISTRICT", "DEPARTMENT", "ENTERPRISE", "CENTER");

    private final JdbcClient jdbc;
    private final Categories categories;
    private final Clock clock;
    private final ZoneId zone;

    CategoryAdministration(JdbcClient jdbc, Categories categories, Clock clock, ZoneId cityZone) {
        this.jdbc = jdbc;
        this.categories = categories;
        this.clock = clock;
        this.zone = cityZone;
    }

    /** A new category under {@code parentCode} (its code the parent's and two digits, e.g. 07.02.09), from {@code from}. */
    @Transactional
    public Category add(String parentCode, String code, String name, String defaultUnitKind, LocalDate from, Actor actor) {
        admin(actor);
        Category parent = categories.find(parentCode).orElseThrow(() -> MinhuException.notFound("category", parentCode));
        String own = code == null ? "" : code.strip();
        if (parent.level() >= 3 || !own.matches(java.util.regex.Pattern.quote(parent.code()) + "\\.\\d{2}")) {
            throw MinhuException.invalid("INVALID_CATEGORY_CHANGE", "code",
                    "A new category's code is its parent's and two digits, like " + parent.code() + ".09", Map.of("parent", parent.code()));
        }
        if (categories.find(own).isPresent()) {
            throw MinhuException.conflict("CATEGORY_EXISTS", "The code " + own + " is taken (codes are never reused)");
        }
        String kind = defaultUnitKind == null || defaultUnitKind.isBlank() ? null : defaultUnitKind.strip();
        if (kind != null && !KINDS.contains(kind)) {
            throw MinhuException.invalid("INVALID_CATEGORY_CHANGE", "kind", "The usual unit is SUBDISTRICT, DEPARTMENT, ENTERPRISE or CENTER",
                    Map.of());
        }
        LocalDate day = from == null ? today() : from;
        if (day.isBefore(today())) {
            throw MinhuException.invalid("INVALID_CATEGORY_CHANGE", "past", "A category begins today or later", Map.of());
        }
        jdbc.sql("""
                INSERT INTO category (code, name, parent_code, level, default_unit_kind, valid_from)
                VALUES (:code, :name, :parent, :level, :kind, :from)""")
                .param("code", own).param("name", name(name)).param("parent", parent.code()).param("level", parent.level() + 1)
                .param("kind", parent.level() + 1 == 3 ? kind : null).param("from", day).update();
        categories.reload();
        return categories.find(own).orElseThrow();
    }

    /** A new name for a category; its code and its tickets stay. */
    @Transactional
    public Category rename(String code, String name, Actor actor) {
        admin(actor);
        Category category = categories.find(code).orElseThrow(() -> MinhuException.notFound("category", code));
        jdbc.sql("UPDATE category SET name = :name WHERE code = :code").param("name", name(name)).param("code", category.code())
                .update();
        categories.reload();
        return categories.find(category.code()).orElseThrow();
    }

    /** Retires a category and everything under it from {@code from} (today or later). */
    @Transactional
    public Category retire(String code, LocalDate from, Actor actor) {
        admin(actor);
        Category category = categories.find(code).orElseThrow(() -> MinhuException.notFound("category", code));
        LocalDate day = from == null ? today() : from;
        if (day.isBefore(today()) || !day.isAfter(category.validFrom())) {
            throw MinhuException.invalid("INVALID_CATEGORY_CHANGE", "past", "A category is retired from today or later", Map.of());
        }
        jdbc.sql("""
                UPDATE category SET valid_to = :from
                WHERE (code = :code OR code LIKE :under) AND (valid_to IS NULL OR valid_to > :from) AND valid_from < :from""")
                .param("from", day).param("code", category.code()).param("under", category.code() + ".%").update();
        categories.reload();
        return categories.find(category.code()).orElseThrow();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    private static String name(String name) {
        String text = name == null ? "" : name.strip();
        if (text.isEmpty() || text.length() > 40 || !CleanText.Validator.isClean(text)) {
            throw MinhuException.invalid("VALIDATION_FAILED", "category-name", "A category's name is 1 to 40 characters of text",
                    Map.of("field", "name"));
        }
        return text;
    }

    private static void admin(Actor actor) {
        if (!actor.is(Role.ADMIN)) {
            throw MinhuException.forbidden("Administrators change the categories");
        }
    }
}
