package org.minhu.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.minhu.directory.Actor;
import org.minhu.directory.Role;
import org.minhu.directory.UnitKind;
import org.minhu.directory.Units;
import org.minhu.platform.MinhuException;
import org.minhu.platform.Page;
import org.minhu.assessment.PublishedScores.Run;
import org.springframework.stereotype.Service;

/**
 * The monthly assessment as its readers may see it: a month's published run when there is one,
 * else the month scored live as it stands (a preview). The centre, admins and the city's
 * supervisors see every unit; a district's supervisors the units of their district; a handler its
 * own unit's row and the scores and ranks of its peer group.
 */
@Service
public class Assessments {

    private final MonthlyScores scores;
    private final PublishedScores published;
    private final AssessmentRuns runs;
    private final MonthListsQuery lists;
    private final RequestCategories categories;
    private final JdbcScoringRules rules;
    private final Units units;
    private final Clock clock;
    private final ZoneId zone;
    private final java.time.Duration previewAge;

    Assessments(MonthlyScores scores, PublishedScores published, AssessmentRuns runs, MonthListsQuery lists,
                RequestCategories categories, JdbcScoringRules rules, Units units, Clock clock, ZoneId cityZone,
                org.minhu.platform.MinhuSettings settings) {
        this.previewAge = settings.assessment().previewInterval().multipliedBy(2);
        this.lists = lists;
        this.categories = categories;
        this.scores = scores;
        this.published = published;
        this.runs = runs;
        this.rules = rules;
        this.units = units;
        this.clock = clock;
        this.zone = cityZone;
    }

    /** The month: its current published run, the run asked for, or (none published) a live preview. */
    public AssessmentView month(YearMonth month, Long runId, UnitKind group, String district, int page, int size,
                                Actor reader) {
        Page.check(page, size);
        Instant now = now();
        if (month.isAfter(YearMonth.from(now.atZone(zone)))) {
            throw MinhuException.invalid("INVALID_PARAMETER", "future-month", "The month " + month + " has not begun",
                    Map.of("month", month.toString()));
        }
        UnitKind ownGroup = reader.is(Role.HANDLER) ? units.require(reader.unitCode()).kind() : null;
        String ownDistrict = reader.is(Role.SUPERVISOR) && !reader.citywide() ? reader.districtCode() : null;
        var filter = new MonthlyScores.Filter(group, district, ownGroup, ownDistrict, null, page, size);
        var run = runId == null ? stored(month, now) : published.runs(month).stream()
                .filter(r -> r.id() == runId).findFirst()
                .or(() -> { throw MinhuException.notFound("assessment_run", runId); });
        if (run.isPresent()) {
            Run r = run.get();
            var result = published.page(r.id(), filter);
            return new AssessmentView(month, status(r), r.preview() ? null : r.id(), r.scoredAt(), r.rules(),
                    seenBy(result.rows(), ownGroup, reader), page, size, result.total());
        }
        ScoringRule rule = rules.inForce(month);
        var result = scores.score(month, now, rule, filter);
        return new AssessmentView(month, AssessmentView.Status.PREVIEW, null, now, AssessmentView.Rules.of(rule),
                seenBy(result.rows(), ownGroup, reader), page, size, result.total());
    }

    /**
     * Scores and publishes a month that is over: an admin or a city supervisor; a month already
     * published only by an admin, with the reason, the earlier run kept readable.
     */
    public AssessmentView run(YearMonth month, String reason, Actor actor) {
        if (reason != null && (reason.length() > 1000 || !org.minhu.platform.CleanText.Validator.isClean(reason))) {
            throw MinhuException.invalid("VALIDATION_FAILED", "reason-text", "A reason is clean text of at most 1000 characters",
                    Map.of("field", "reason"));
        }
        boolean admin = actor.is(Role.ADMIN);
        if (!admin && !(actor.is(Role.SUPERVISOR) && actor.citywide())) {
            throw MinhuException.forbidden("An administrator or a city supervisor publishes a month's assessment");
        }
        requireOver(month);
        if (published.current(month).isPresent()) {
            if (!admin) {
                throw MinhuException.forbidden("Only an administrator re-runs a published month");
            }
            if (reason == null || reason.isBlank()) {
                throw MinhuException.invalid("VALIDATION_FAILED", "empty", "A re-run of a published month says why",
                        Map.of("field", "reason"));
            }
        }
        runs.run(month, actor.username(), reason == null || reason.isBlank() ? null : reason.strip());
        return month(month, null, null, null, 0, 50, actor);
    }

    /**
     * Publishes a month that is over on the system's own account, no person acting: for a load of
     * months already lived, such as the demo's. Recorded as run by {@code by} (a name of the
     * system's, not a user) for {@code reason}; a month published before gets a new current run
     * and keeps the earlier one readable, as a re-run does.
     *
     * @return the run's id
     * @throws MinhuException 400 {@code INVALID_PARAMETER} when the month is not over, 409
     *                        {@code ASSESSMENT_RUNNING} while another run or preview of it is under way
     */
    public long publishAsSystem(YearMonth month, String by, String reason) {
        requireOver(month);
        return runs.run(month, by, reason);
    }

    /**
     * Scores a month not yet published afresh as its preview, as the schedule does every preview
     * interval, so that readers of a bulk load need not wait for the next one; a published month
     * is left as it is.
     *
     * @throws MinhuException 409 {@code ASSESSMENT_RUNNING} while another run or preview of it is under way
     */
    public void refreshPreview(YearMonth month) {
        if (published.current(month).isEmpty()) {
            runs.preview(month);
        }
    }

    /**
     * The month's governance and praise lists, from its published run or its live scores: for the
     * centre, admins and supervisors (a district's own district's; the citywide governance list to all).
     */
    public MonthLists lists(YearMonth month, String district, Actor reader) {
        if (reader.is(Role.HANDLER)) {
            throw MinhuException.forbidden("The month's lists are for the centre and the supervisors");
        }
        Instant now = now();
        if (month.isAfter(YearMonth.from(now.atZone(zone)))) {
            throw MinhuException.invalid("INVALID_PARAMETER", "future-month", "The month " + month + " has not begun",
                    Map.of("month", month.toString()));
        }
        String scope = reader.is(Role.SUPERVISOR) && !reader.citywide() ? reader.districtCode() : district;
        var run = stored(month, now);
        return lists.lists(month, run.orElse(null), now, run.isPresent() ? null : rules.inForce(month), scope);
    }

    /**
     * One unit's month and its twelve months up to it: the unit's own handlers, its district's
     * supervisors, the centre, admins and the city's supervisors.
     */
    public UnitHistory unit(YearMonth month, String code, Actor reader) {
        var unit = units.find(code).orElseThrow(() -> MinhuException.notFound("unit", code));
        boolean own = reader.is(Role.HANDLER) ? code.equals(reader.unitCode())
                : !reader.is(Role.SUPERVISOR) || reader.citywide() || reader.districtCode().equals(unit.districtCode());
        if (!own) {
            throw MinhuException.forbidden("Another unit's assessment is its own and its supervisors'");
        }
        Instant now = now();
        if (month.isAfter(YearMonth.from(now.atZone(zone)))) {
            throw MinhuException.invalid("INVALID_PARAMETER", "future-month", "The month " + month + " has not begun",
                    Map.of("month", month.toString()));
        }
        var filter = new MonthlyScores.Filter(null, null, null, null, code, 0, 1);
        var run = stored(month, now);
        UnitScore score = (run.isPresent() ? published.page(run.get().id(), filter)
                : scores.score(month, now, rules.inForce(month), filter)).rows().stream().findFirst().orElse(null);
        var status = run.map(Assessments::status).orElse(AssessmentView.Status.PREVIEW);
        var history = published.history(code, month.minusMonths(11), month.minusMonths(1));
        List<UnitHistory.Point> points = new java.util.ArrayList<>();
        for (YearMonth m = month.minusMonths(11); m.isBefore(month); m = m.plusMonths(1)) {
            points.add(UnitHistory.Point.of(m, AssessmentView.Status.PUBLISHED, history.get(m)));
        }
        points.add(UnitHistory.Point.of(month, status, score));
        return new UnitHistory(month, status, score, points);
    }

    /**
     * The eleven published months before {@code month} of every unit of a peer group (in a district,
     * or all), oldest first: the trends of the review pack's unit cards. For the centre, admins and
     * supervisors (a district's of its own district).
     */
    public Map<String, List<UnitHistory.Point>> trends(YearMonth month, UnitKind group, String district, Actor reader) {
        String scope = readerScope(district, reader);
        Map<String, List<UnitHistory.Point>> trends = new java.util.HashMap<>();
        published.histories(group, scope, month.minusMonths(11), month.minusMonths(1)).forEach((unit, months) -> {
            List<UnitHistory.Point> points = new java.util.ArrayList<>();
            for (YearMonth m = month.minusMonths(11); m.isBefore(month); m = m.plusMonths(1)) {
                points.add(UnitHistory.Point.of(m, AssessmentView.Status.PUBLISHED, months.get(m)));
            }
            trends.put(unit, points);
        });
        return trends;
    }

    /**
     * The {@code limit} most frequent categories of the requests located in each street and township
     * of the month (in a district, or all), most frequent first; same readers as {@link #trends}.
     */
    public List<CategoryCount> topCategories(YearMonth month, String district, int limit, Actor reader) {
        return categories.top(month, readerScope(district, reader), limit);
    }

    private static String readerScope(String district, Actor reader) {
        if (reader.is(Role.HANDLER)) {
            throw MinhuException.forbidden("The month's review is for the centre and the supervisors");
        }
        return reader.is(Role.SUPERVISOR) && !reader.citywide() ? reader.districtCode() : district;
    }

    /** The id of the month's current published run, if it has one (a published run is frozen). */
    public java.util.Optional<Long> publishedRun(YearMonth month) {
        return published.current(month).map(Run::id);
    }

    /** The runs of a month, the newest first. */
    public List<PublishedScores.Run> runs(YearMonth month) {
        return published.runs(month);
    }

    /** The month's published run, else its preview scored in the background lately; none: score it live. */
    private java.util.Optional<Run> stored(YearMonth month, Instant now) {
        return published.current(month).or(() -> published.preview(month)
                .filter(p -> p.scoredAt().isAfter(now.minus(previewAge)) && !p.scoredAt().isAfter(now)));
    }

    private void requireOver(YearMonth month) {
        if (!month.isBefore(YearMonth.from(now().atZone(zone)))) {
            throw MinhuException.invalid("INVALID_PARAMETER", "month-not-over", "The month " + month + " is not over yet",
                    Map.of("month", month.toString()));
        }
    }

    private static AssessmentView.Status status(Run run) {
        return run.preview() ? AssessmentView.Status.PREVIEW : AssessmentView.Status.PUBLISHED;
    }

    private static List<UnitScore> seenBy(List<UnitScore> rows, UnitKind ownGroup, Actor reader) {
        return rows.stream().map(r -> ownGroup == null || r.unitCode().equals(reader.unitCode()) ? r : r.ranksOnly())
                .toList();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
