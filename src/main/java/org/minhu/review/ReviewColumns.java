package org.minhu.review;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.minhu.assessment.IndicatorRank;
import org.minhu.assessment.LivelihoodMonth;
import org.minhu.assessment.MonthLists;
import org.minhu.assessment.UnitScore;

/** The columns of the review workbook's tables; headers are message keys {@code review.col.*}. */
final class ReviewColumns {

    /** An entry of one of the month's lists. */
    record Listed(String list, MonthLists.Entry entry) {
    }

    private ReviewColumns() {
    }

    static List<Column<UnitScore>> ranking() {
        return List.of(Column.integer("review.col.rank", UnitScore::rank),
                Column.integer("review.col.districtRank", UnitScore::districtRank),
                Column.integer("review.col.rankChange", UnitScore::rankChange),
                Column.text("review.col.unit", UnitScore::unitName, 18),
                Column.text("review.col.code", UnitScore::unitCode, 14),
                Column.score("review.col.composite", UnitScore::compositeScore),
                Column.score("review.col.direct", UnitScore::directScore),
                Column.integer("review.col.directRank", UnitScore::directRank),
                Column.rate("review.col.responseRate", UnitScore::responseRate),
                Column.rate("review.col.resolutionRate", UnitScore::resolutionRate),
                Column.rate("review.col.satisfactionRate", UnitScore::satisfactionRate),
                Column.integer("review.col.responseDue", UnitScore::responseDue),
                Column.integer("review.col.respondedOnTime", UnitScore::respondedOnTime),
                Column.integer("review.col.callbacks", UnitScore::callbacks),
                Column.integer("review.col.resolvedYes", UnitScore::resolvedYes),
                Column.integer("review.col.resolvedPartly", UnitScore::resolvedPartly),
                Column.integer("review.col.satisfied", UnitScore::satisfied),
                Column.integer("review.col.basicallySatisfied", UnitScore::basicallySatisfied),
                Column.integer("review.col.overdue", UnitScore::overdue),
                Column.integer("review.col.reopened", UnitScore::reopened),
                Column.integer("review.col.whistlesBlown", UnitScore::whistlesBlown),
                Column.integer("review.col.reportInsDue", UnitScore::reportInsDue),
                Column.integer("review.col.reportInsOnTime", UnitScore::reportInsOnTime),
                Column.decimal("review.col.per10k", UnitScore::requestsPer10k),
                Column.text("review.col.smallSample", UnitScore::smallSample, 6));
    }

    static List<Column<ReviewPack.UnitCard>> cards() {
        return List.of(Column.text("review.col.unit", ReviewPack.UnitCard::unitName, 14),
                Column.score("review.col.composite", c -> c.score().compositeScore()),
                Column.integer("review.col.districtRank", c -> c.score().districtRank()),
                Column.integer("review.col.rankChange", c -> c.score().rankChange()),
                Column.score("review.col.direct", c -> c.score().directScore()),
                Column.integer("review.col.directDistrictRank", c -> c.score().directDistrictRank()),
                Column.rate("review.col.responseRate", c -> c.score().responseRate()),
                Column.rate("review.col.districtResponseRate", c -> c.districtRates() == null ? null : c.districtRates().responseRate()),
                Column.rate("review.col.resolutionRate", c -> c.score().resolutionRate()),
                Column.rate("review.col.districtResolutionRate", c -> c.districtRates() == null ? null : c.districtRates().resolutionRate()),
                Column.rate("review.col.satisfactionRate", c -> c.score().satisfactionRate()),
                Column.rate("review.col.districtSatisfactionRate", c -> c.districtRates() == null ? null : c.districtRates().satisfactionRate()),
                Column.text("review.col.topCategories", c -> c.topCategories().stream()
                        .map(t -> t.name() + " " + t.requests()).collect(Collectors.joining("、")), 28),
                Column.integer("review.col.overdue", c -> c.score().overdue()),
                Column.integer("review.col.reopened", c -> c.score().reopened()),
                Column.integer("review.col.whistlesBlown", c -> c.score().whistlesBlown()),
                Column.integer("review.col.reportInsOnTime", c -> c.score().reportInsOnTime()),
                Column.integer("review.col.reportInsDue", c -> c.score().reportInsDue()),
                Column.text("review.col.comment", ReviewPack.UnitCard::comment, 64));
    }

    static List<Column<ReviewPack.UnitCard>> trend(YearMonth month) {
        List<Column<ReviewPack.UnitCard>> columns = new ArrayList<>();
        columns.add(Column.text("review.col.unit", ReviewPack.UnitCard::unitName, 14));
        for (int i = 0; i < 12; i++) {
            int at = i;
            columns.add(new Column<>(month.minusMonths(11 - i).toString(),
                    c -> c.trend().get(at).compositeScore(), Column.Format.SCORE, 8));
        }
        return columns;
    }

    static List<Column<IndicatorRank>> indicator() {
        return List.of(Column.integer("review.col.rank", IndicatorRank::rank),
                Column.integer("review.col.districtRank", IndicatorRank::districtRank),
                Column.text("review.col.unit", IndicatorRank::unitName, 18),
                Column.text("review.col.code", IndicatorRank::unitCode, 14),
                Column.text("review.col.group", r -> r.group().name(), 12),
                Column.decimal("review.col.value", IndicatorRank::value));
    }

    static List<Column<Listed>> lists(Function<String, String> text) {
        return List.of(Column.text("review.col.list", l -> text.apply("review.list." + l.list()), 16),
                Column.integer("review.col.place", l -> l.entry().place()),
                Column.text("review.col.unit", l -> l.entry().unitName(), 18),
                Column.text("review.col.code", l -> l.entry().unitCode(), 14),
                Column.score("review.col.composite", l -> l.entry().compositeScore()),
                Column.integer("review.col.requests", l -> l.entry().requests()));
    }

    static List<Column<LivelihoodMonth.Dimension>> livelihood(boolean english) {
        return List.of(Column.text("review.col.dimension", d -> english ? d.nameEn() : d.nameZh(), 14),
                Column.integer("review.col.requests", LivelihoodMonth.Dimension::requests),
                Column.decimal("review.col.per10k", LivelihoodMonth.Dimension::requestsPer10k),
                Column.integer("review.col.lastMonth", d -> d.lastMonth().requests()),
                Column.decimal("review.col.lastMonthPercent", d -> d.lastMonth().percent()),
                Column.integer("review.col.lastYear", d -> d.lastYear().requests()),
                Column.decimal("review.col.lastYearPercent", d -> d.lastYear().percent()),
                Column.text("review.col.units", d -> d.units().stream().map(u -> u.unitName() + " " + u.requests())
                        .collect(Collectors.joining("、")), 36));
    }

    static List<Column<String[]>> summary() {
        return List.of(Column.text("review.col.item", l -> l[0], 24), Column.text("review.col.content", l -> l[1], 90));
    }
}
