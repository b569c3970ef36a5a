package org.minhu.review;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.minhu.assessment.Assessments;
import org.minhu.assessment.CategoryCount;
import org.minhu.assessment.UnitHistory;
import org.minhu.assessment.UnitScore;
import org.minhu.directory.Actor;
import org.minhu.directory.UnitKind;
import org.minhu.dispatch.Categories;
import org.springframework.stereotype.Component;

/** The cards of a pack's streets and townships: figures, comparisons, trend, standings, comment. */
@Component
class UnitCards {

    private final Assessments assessments;
    private final Categories categories;

    UnitCards(Assessments assessments, Categories categories) {
        this.assessments = assessments;
        this.categories = categories;
    }

    List<ReviewPack.UnitCard> of(YearMonth month, String scope, MonthRows rows,
                                 List<ReviewPack.IndicatorTable> indicators, Actor reader, Locale locale) {
        Map<String, List<ReviewPack.TopCategory>> top = assessments.topCategories(month, scope, 3, reader).stream()
                .collect(Collectors.groupingBy(CategoryCount::unitCode, Collectors.mapping(this::named, Collectors.toList())));
        List<ReviewPack.UnitCard> cards = new ArrayList<>();
        for (UnitKind group : List.of(UnitKind.SUBDISTRICT, UnitKind.TOWNSHIP)) {
            var trends = assessments.trends(month, group, scope, reader);
            var standings = new Standings(group, scope == null, rows.of(group), indicators);
            for (UnitScore s : rows.of(group)) {
                List<Measure> measures = standings.of(s);
                String comment = new CommentDraft(month, s.unitName(), group, scope == null, s.smallSample(),
                        rows.first().rules().minSample(), measures).text(locale);
                cards.add(new ReviewPack.UnitCard(s.unitCode(), s.unitName(), group, s, rates(rows, s),
                        top.getOrDefault(s.unitCode(), List.of()), trend(month, rows, trends.get(s.unitCode()), s),
                        measures, comment));
            }
        }
        return cards;
    }

    private ReviewPack.TopCategory named(CategoryCount c) {
        return new ReviewPack.TopCategory(c.categoryCode(),
                categories.find(c.categoryCode()).map(x -> x.name()).orElse(c.categoryCode()), c.requests());
    }

    private static ReviewPack.Rates rates(MonthRows rows, UnitScore s) {
        return rows.district(s.districtCode()).map(d -> new ReviewPack.Rates(d.responseRate(), d.resolutionRate(),
                d.satisfactionRate())).orElse(null);
    }

    /** The eleven published months before, then this month as it is in the pack. */
    private static List<UnitHistory.Point> trend(YearMonth month, MonthRows rows, List<UnitHistory.Point> before,
                                                 UnitScore s) {
        List<UnitHistory.Point> points = new ArrayList<>();
        if (before == null) {
            for (YearMonth m = month.minusMonths(11); m.isBefore(month); m = m.plusMonths(1)) {
                points.add(new UnitHistory.Point(m, null, null, null, null, null, null, null, null));
            }
        } else {
            points.addAll(before);
        }
        points.add(new UnitHistory.Point(month, rows.first().status(), s.compositeScore(), s.directScore(),
                s.responseRate(), s.resolutionRate(), s.satisfactionRate(), s.rank(), s.districtRank()));
        return points;
    }
}
