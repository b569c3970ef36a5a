package org.minhu.insight;

import java.sql.Array;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minhu.directory.Actor;
import org.minhu.directory.Role;
import org.minhu.directory.UnitKind;
import org.minhu.directory.Units;
import org.minhu.platform.MinhuException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 每月一题: the candidates (categories recurring citywide, by how many streets raised them, then by
 * volume), the city's pick of a month's problems with a lead department and a plan, the tasks of its
 * three lists with their due days, and the category's tickets month by month to see them fall.
 */
@Service
public class Themes {

    static final int CANDIDATES = 20;
    /** How many requests a cluster's words are read from, per category and for the month. */
    private static final int SAMPLE = 300;
    private static final double PHRASE_SHARE = 0.2;
    private static final double PHRASE_LIFT = 2;
    private static final org.apache.lucene.analysis.Analyzer WORDS = ChineseAnalysis.words();
    /** The months a candidate's trend shows, the month itself the last (the statement spells out six). */
    private static final int TREND_MONTHS = 6;

    private final JdbcClient jdbc;
    private final Units units;
    private final Clock clock;
    private final ZoneId zone;

    Themes(JdbcClient jdbc, Units units, Clock clock, ZoneId cityZone) {
        this.jdbc = jdbc;
        this.units = units;
        this.clock = clock;
        this.zone = cityZone;
    }

    public List<ThemeCandidate> candidates(YearMonth month, Actor actor) {
        if (actor.is(Role.HANDLER)) {
            throw MinhuException.forbidden("The monthly themes are chosen by the city");
        }
        YearMonth first = month.minusMonths(TREND_MONTHS - 1);
        Map<String, Long> picked = new HashMap<>();
        jdbc.sql("SELECT category_code, id FROM monthly_theme WHERE month = :m").param("m", month.atDay(1))
                .query((rs, n) -> picked.put(rs.getString(1), rs.getLong(2))).list();
        List<ThemeCandidate> found = jdbc.sql("""
                WITH t AS (
                    SELECT t.category_code, t.created_at, t.requester_phone, """ + HotspotFinder.STREET + """
                     AS street
                    FROM ticket t""" + HotspotFinder.STREET_JOINS + """

                    WHERE t.created_at >= :from AND t.created_at < :end AND t.status <> 'MERGED' AND t.category_code IS NOT NULL),
                r AS (SELECT t.*, CASE WHEN requester_phone IS NULL THEN NULL
                                       ELSE row_number() OVER (PARTITION BY requester_phone, category_code ORDER BY created_at) END AS nth
                      FROM t),
                agg AS (
                    SELECT category_code,
                           count(*) FILTER (WHERE created_at >= :start) AS volume,
                           count(DISTINCT street) FILTER (WHERE created_at >= :start) AS spread,
                           count(*) FILTER (WHERE created_at >= :start AND nth > 1) AS repeats,
                           count(*) FILTER (WHERE created_at >= :start AND nth IS NOT NULL) AS with_phone,
                           ARRAY[count(*) FILTER (WHERE created_at < :m1),
                                 count(*) FILTER (WHERE created_at >= :m1 AND created_at < :m2),
                                 count(*) FILTER (WHERE created_at >= :m2 AND created_at < :m3),
                                 count(*) FILTER (WHERE created_at >= :m3 AND created_at < :m4),
                                 count(*) FILTER (WHERE created_at >= :m4 AND created_at < :start),
                                 count(*) FILTER (WHERE created_at >= :start)] AS trend
                    FROM r GROUP BY category_code)
                SELECT * FROM agg WHERE volume > 0 ORDER BY spread DESC, volume DESC, category_code LIMIT :max""")
                .param("from", at(first)).param("start", at(month)).param("end", at(month.plusMonths(1)))
                .param("m1", at(first.plusMonths(1))).param("m2", at(first.plusMonths(2))).param("m3", at(first.plusMonths(3)))
                .param("m4", at(first.plusMonths(4))).param("max", CANDIDATES)
                .query((rs, n) -> new ThemeCandidate(rs.getString("category_code"), rs.getLong("volume"),
                        rs.getLong("spread"), longs(rs.getArray("trend")),
                        rs.getLong("with_phone") == 0 ? 0 : Math.round(1000.0 * rs.getLong("repeats") / rs.getLong("with_phone")) / 1000.0,
                        List.of(), picked.get(rs.getString("category_code"))))
                .list();
        return withClusters(found, month);
    }

    /**
     * The candidates with their text clusters, from a sample of each one's requests, measured against
     * all the samples together (the month's recurring problems at large).
     */
    private List<ThemeCandidate> withClusters(List<ThemeCandidate> candidates, YearMonth month) {
        Map<String, List<String>> samples = new HashMap<>();
        List<String> all = new ArrayList<>();
        for (ThemeCandidate c : candidates) {
            List<String> texts = sample(c.categoryCode(), month);
            samples.put(c.categoryCode(), texts);
            all.addAll(texts);
        }
        return candidates.stream().map(c -> c.withClusters(ThemePhrases.of(samples.get(c.categoryCode()), all,
                t -> ChineseAnalysis.terms(WORDS, "w", t), PHRASE_SHARE, PHRASE_LIFT))).toList();
    }

    private List<String> sample(String category, YearMonth month) {
        return jdbc.sql("""
                SELECT coalesce(subject, '') || ' ' || content FROM ticket
                WHERE created_at >= :start AND created_at < :end AND status <> 'MERGED'
                  AND category_code = :category
                ORDER BY md5(id::text) LIMIT :n""")
                .param("start", at(month)).param("end", at(month.plusMonths(1))).param("category", category)
                .param("n", SAMPLE).query(String.class).list();
    }

    /** The city picks a category as the month's problem, with its lead department and plan. */
    @Transactional
    public Theme choose(YearMonth month, String categoryCode, String title, String leadUnitCode, String plan, Actor actor) {
        requireCity(actor);
        var lead = units.find(leadUnitCode == null ? "" : leadUnitCode.strip())
                .filter(u -> u.kind() == UnitKind.DEPARTMENT || u.kind() == UnitKind.ENTERPRISE)
                .orElseThrow(() -> MinhuException.invalid("VALIDATION_FAILED", "lead-unit",
                        "The lead is a department or utility in force", Map.of("field", "leadUnitCode")));
        try {
            long id = jdbc.sql("""
                    INSERT INTO monthly_theme (month, category_code, title, lead_unit_code, plan, chosen_at, chosen_by)
                    VALUES (:m, :c, :t, :l, :p, :at, :by) RETURNING id""")
                    .param("m", month.atDay(1)).param("c", categoryCode).param("t", text(title, "title", 200))
                    .param("l", lead.code()).param("p", plan == null ? "" : plan.strip()).param("at", now())
                    .param("by", actor.username()).query(Long.class).single();
            return get(id, actor);
        } catch (DuplicateKeyException twice) {
            throw MinhuException.conflict("THEME_CHOSEN", "This category is already a theme of " + month);
        } catch (org.springframework.dao.DataIntegrityViolationException unknown) {
            throw MinhuException.invalid("INVALID_CATEGORY", "No category " + categoryCode);
        }
    }

    /** Adds a task to one of the three lists (the city or the lead department). */
    @Transactional
    public Theme addTask(long themeId, String list, String description, String unitCode, LocalDate dueOn, Actor actor) {
        Theme theme = get(themeId, actor);
        boolean lead = actor.is(Role.HANDLER) && theme.leadUnitCode().equals(actor.unitCode());
        if (!lead) {
            requireCity(actor);
        }
        if (list == null || !List.of("POLICY", "TASK", "RESPONSIBILITY").contains(list)) {
            throw MinhuException.invalid("VALIDATION_FAILED", "list", "The list is POLICY, TASK or RESPONSIBILITY",
                    Map.of("field", "list"));
        }
        if (dueOn == null) {
            throw MinhuException.invalid("VALIDATION_FAILED", "required", "dueOn is required", Map.of("field", "dueOn"));
        }
        String unit = units.find(unitCode == null ? "" : unitCode.strip()).map(u -> u.code())
                .orElseThrow(() -> MinhuException.invalid("UNKNOWN_UNIT", "no-unit", "No unit " + unitCode, Map.of("field", "unitCode")));
        jdbc.sql("INSERT INTO theme_task (theme_id, list, description, unit_code, due_on) VALUES (:t, :l, :d, :u, :due)")
                .param("t", themeId).param("l", list).param("d", text(description, "description", 1000)).param("u", unit)
                .param("due", dueOn).update();
        return get(themeId, actor);
    }

    /** A task done, said by its unit (or the city). */
    @Transactional
    public Theme done(long themeId, long taskId, String note, Actor actor) {
        String unit = jdbc.sql("SELECT unit_code FROM theme_task WHERE id = :id AND theme_id = :t").param("id", taskId)
                .param("t", themeId).query(String.class).optional()
                .orElseThrow(() -> MinhuException.notFound("task", taskId));
        if (!(actor.is(Role.HANDLER) && unit.equals(actor.unitCode()))) {
            requireCity(actor);
        }
        jdbc.sql("UPDATE theme_task SET done_at = :at, done_by = :by, done_note = :note WHERE id = :id AND done_at IS NULL")
                .param("at", now()).param("by", actor.username()).param("note", note == null ? null : note.strip())
                .param("id", taskId).update();
        return get(themeId, actor);
    }

    public List<Theme> list(Actor actor) {
        return jdbc.sql("SELECT id FROM monthly_theme ORDER BY month DESC, id").query(Long.class).list().stream()
                .map(id -> get(id, actor)).toList();
    }

    public Theme get(long id, Actor actor) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<Theme.Task> tasks = jdbc.sql("""
                SELECT id, list, description, unit_code, due_on, done_at, done_by, done_note FROM theme_task
                WHERE theme_id = :id ORDER BY CASE list WHEN 'POLICY' THEN 1 WHEN 'TASK' THEN 2 ELSE 3 END, due_on, id""")
                .param("id", id).query((rs, n) -> {
                    LocalDate due = rs.getObject("due_on", LocalDate.class);
                    OffsetDateTime done = rs.getObject("done_at", OffsetDateTime.class);
                    return new Theme.Task(rs.getLong("id"), rs.getString("list"), rs.getString("description"),
                            rs.getString("unit_code"), due, done == null ? null : done.toInstant(), rs.getString("done_by"),
                            rs.getString("done_note"), done == null && due.isBefore(today));
                }).list();
        return jdbc.sql("SELECT * FROM monthly_theme WHERE id = :id").param("id", id).query((rs, n) -> {
            YearMonth month = YearMonth.from(rs.getObject("month", LocalDate.class));
            String category = rs.getString("category_code");
            YearMonth from = month.minusMonths(TREND_MONTHS);
            YearMonth to = YearMonth.from(today).isAfter(month) ? YearMonth.from(today) : month;
            List<YearMonth> months = new ArrayList<>();
            for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                months.add(m);
            }
            return new Theme(rs.getLong("id"), month, category, rs.getString("title"), rs.getString("lead_unit_code"),
                    rs.getString("plan"), rs.getObject("chosen_at", OffsetDateTime.class).toInstant(), rs.getString("chosen_by"),
                    tasks, months, monthly(category, from, months.size()));
        }).optional().orElseThrow(() -> MinhuException.notFound("theme", id));
    }

    /** The category's tickets in each of {@code count} months from {@code from}, merged duplicates left out. */
    private List<Long> monthly(String category, YearMonth from, int count) {
        return jdbc.sql("""
                SELECT count(t.id) FROM generate_series(0, :n - 1) AS g(i)
                LEFT JOIN ticket t ON t.category_code = :c AND t.status <> 'MERGED'
                     AND t.created_at >= :from + make_interval(months => g.i) AND t.created_at < :from + make_interval(months => g.i + 1)
                GROUP BY g.i ORDER BY g.i""")
                .param("n", count).param("c", category).param("from", at(from)).query(Long.class).list();
    }

    private OffsetDateTime at(YearMonth m) {
        return m.atDay(1).atStartOfDay(zone).toOffsetDateTime();
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static List<Long> longs(Array array) throws java.sql.SQLException {
        List<Long> out = new ArrayList<>();
        for (Object o : (Object[]) array.getArray()) {
            out.add(((Number) o).longValue());
        }
        return out;
    }

    private static String text(String value, String field, int max) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw MinhuException.invalid("VALIDATION_FAILED", "required", field + " is required, at most " + max
                    + " characters", Map.of("field", field));
        }
        return value.strip();
    }

    private static void requireCity(Actor actor) {
        if (!actor.is(Role.ADMIN) && !(actor.is(Role.SUPERVISOR) && actor.citywide())) {
            throw MinhuException.forbidden("The city's supervisors choose the monthly themes and their tasks");
        }
    }
}
