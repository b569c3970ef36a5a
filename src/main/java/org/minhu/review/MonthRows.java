package org.minhu.review;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minhu.assessment.AssessmentView;
import org.minhu.assessment.Assessments;
import org.minhu.assessment.UnitScore;
import org.minhu.directory.Actor;
import org.minhu.directory.UnitKind;
import org.minhu.platform.Page;

/** A month's rows of some peer groups in a scope, every page of them, in the assessment's rank order. */
record MonthRows(AssessmentView first, Map<UnitKind, List<UnitScore>> byGroup, Map<String, UnitScore> districts) {

    static MonthRows read(Assessments assessments, YearMonth month, List<UnitKind> groups, String scope, Actor reader) {
        Map<UnitKind, List<UnitScore>> byGroup = new LinkedHashMap<>();
        AssessmentView first = null;
        for (UnitKind group : groups) {
            List<UnitScore> rows = new ArrayList<>();
            AssessmentView view;
            int page = 0;
            do {
                view = assessments.month(month, null, group, scope, page++, Page.MAX_SIZE, reader);
                rows.addAll(view.content());
            } while ((long) page * Page.MAX_SIZE < view.totalElements());
            first = first == null ? view : first;
            byGroup.put(group, rows);
        }
        Map<String, UnitScore> districts = new LinkedHashMap<>();
        // the city's pack read the districts' rows already; a district's reads its own district's
        (byGroup.containsKey(UnitKind.DISTRICT) ? byGroup.get(UnitKind.DISTRICT)
                : assessments.month(month, null, UnitKind.DISTRICT, scope, 0, Page.MAX_SIZE, reader).content())
                .forEach(d -> districts.put(d.unitCode(), d));
        return new MonthRows(first, byGroup, districts);
    }

    List<UnitScore> of(UnitKind group) {
        return byGroup.getOrDefault(group, List.of());
    }

    Optional<UnitScore> district(String code) {
        return Optional.ofNullable(code == null ? null : districts.get(code));
    }
}
