package org.minhu.web;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.minhu.assessment.Assessments;
import org.minhu.directory.Actor;
import org.minhu.directory.Role;
import org.minhu.directory.Unit;
import org.minhu.directory.UnitKind;
import org.minhu.directory.Units;
import org.springframework.stereotype.Component;

/** What the dashboard offers a reader: the month it opens on and the districts to filter by. */
@Component
class DashboardChoices {

    private final Assessments assessments;
    private final Units units;
    private final Clock clock;
    private final ZoneId zone;

    DashboardChoices(Assessments assessments, Units units, Clock clock, ZoneId cityZone) {
        this.assessments = assessments;
        this.units = units;
        this.clock = clock;
        this.zone = cityZone;
    }

    /** Last month once it is published, else this month's preview. */
    YearMonth defaultMonth() {
        YearMonth last = thisMonth().minusMonths(1);
        return assessments.runs(last).isEmpty() ? thisMonth() : last;
    }

    YearMonth thisMonth() {
        return YearMonth.from(clock.instant().atZone(zone));
    }

    /** A district's supervisor their own district; everyone else all sixteen, by code. */
    List<Unit> districts(Actor actor) {
        boolean own = actor.is(Role.SUPERVISOR) && !actor.citywide();
        return units.all().stream().filter(u -> u.kind() == UnitKind.DISTRICT)
                .filter(u -> !own || u.code().equals(actor.districtCode()))
                .sorted(Comparator.comparing(Unit::code)).toList();
    }
}
