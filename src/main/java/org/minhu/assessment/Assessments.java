package org.minhu.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.minhu.directory.Actor;
import org.minhu.directory.Role;
import org.minhu.directory.UnitKind;
import org.minhu.directory.Units;
import org.minhu.platform.MinhuException;
import org.minhu.platform.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly assessment as its readers may see it: the centre, admins and the city's supervisors
 * every unit; a district's supervisors the units of their district; a handler its own unit's row
 * and the scores and ranks of its peer group.
 */
@Service
public class Assessments {

    private final MonthlyScores scores;
    private final JdbcScoringRules rules;
    private final Units units;
    private final Clock clock;
    private final ZoneId zone;

    Assessments(MonthlyScores scores, JdbcScoringRules rules, Units units, Clock clock, ZoneId cityZone) {
        this.scores = scores;
        this.rules = rules;
        this.units = units;
        this.clock = clock;
        this.zone = cityZone;
    }

    /** The month scored as it stands now (a live preview), in the reader's scope. */
    @Transactional(readOnly = true)
    public AssessmentView preview(YearMonth month, UnitKind group, String district, int page, int size, Actor reader) {
        Page.check(page, size);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (month.isAfter(YearMonth.from(now.atZone(zone)))) {
            throw MinhuException.invalid("INVALID_PARAMETER", "future-month", "The month " + month + " has not begun",
                    Map.of("month", month.toString()));
        }
        ScoringRule rule = rules.inForce(month);
        UnitKind ownGroup = reader.is(Role.HANDLER) ? units.require(reader.unitCode()).kind() : null;
        String ownDistrict = reader.is(Role.SUPERVISOR) && !reader.citywide() ? reader.districtCode() : null;
        var result = scores.score(month, now, rule, new MonthlyScores.Filter(group, district, ownGroup, ownDistrict, page, size));
        var rows = result.rows().stream()
                .map(r -> ownGroup == null || r.unitCode().equals(reader.unitCode()) ? r : r.ranksOnly()).toList();
        return new AssessmentView(month, AssessmentView.Status.PREVIEW, now, AssessmentView.Rules.of(rule), rows,
                page, size, result.total());
    }
}
