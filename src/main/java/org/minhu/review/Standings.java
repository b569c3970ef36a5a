package org.minhu.review;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.minhu.assessment.IndicatorRank;
import org.minhu.assessment.UnitScore;
import org.minhu.directory.UnitKind;

/**
 * A unit's measures among its peer group in the pack's scope: the composite and the direct score
 * by the assessment's ranks, and every indicator that applies to the group by its ranks; the
 * district's ranks in a district's pack, the citywide ones in the city's.
 */
record Standings(UnitKind group, boolean citywide, List<UnitScore> peers, List<ReviewPack.IndicatorTable> indicators) {

    List<Measure> of(UnitScore s) {
        List<Measure> measures = new ArrayList<>();
        Function<UnitScore, Integer> composite = citywide ? UnitScore::rank : UnitScore::districtRank;
        Function<UnitScore, Integer> direct = citywide ? UnitScore::directRank : UnitScore::directDistrictRank;
        measures.add(Measure.of(Measure.COMPOSITE, "接诉即办综合成绩", "12345 composite score", true,
                s.compositeScore(), composite.apply(s), ranked(composite)));
        measures.add(Measure.of(Measure.DIRECT, "直派成绩", "Direct-dispatch score", true, s.directScore(),
                direct.apply(s), ranked(direct)));
        for (var table : indicators) {
            if (!table.indicator().peerGroups().contains(group)) {
                continue;
            }
            var peersRows = table.rows().stream().filter(r -> r.group() == group).toList();
            peersRows.stream().filter(r -> r.unitCode().equals(s.unitCode())).findFirst().ifPresent(r -> measures.add(
                    Measure.of(table.indicator().code(), table.indicator().nameZh(), table.indicator().nameEn(),
                            table.indicator().higherIsBetter(), r.value(), rank(r), peersRows.size())));
        }
        return measures;
    }

    private Integer rank(IndicatorRank r) {
        return citywide ? r.rank() : r.districtRank();
    }

    private int ranked(Function<UnitScore, Integer> rank) {
        return (int) peers.stream().filter(p -> rank.apply(p) != null).count();
    }
}
