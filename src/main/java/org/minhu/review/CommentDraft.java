package org.minhu.review;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.minhu.directory.UnitKind;

/**
 * The drafted comment on one street or township, in the register of the review meeting, built
 * from its standings only: what it did well (the measures where it is at the top of its peers,
 * 首位, or in their front quarter, 前列) and where it still falls short (the measures in the back
 * quarter; 接诉即办 named when its composite or direct score is there). Nothing else is said.
 *
 * @param citywide the peers are the city's (a city pack) rather than the district's
 * @param smallSample 接诉即办 is unranked for want of callbacks ({@code minSample})
 */
public record CommentDraft(YearMonth month, String unitName, UnitKind group, boolean citywide, boolean smallSample,
                           int minSample, List<Measure> measures) {

    /** The comment in the reader's language (Chinese unless English is asked for). */
    public String text(Locale locale) {
        return "en".equals(locale.getLanguage()) ? EnglishComment.of(this) : ChineseComment.of(this);
    }

    List<Measure> at(Standing standing, boolean higherIsBetter) {
        return measures.stream().filter(m -> m.standing() == standing && m.higherIsBetter() == higherIsBetter).toList();
    }

    List<Measure> at(Standing standing) {
        return measures.stream().filter(m -> m.standing() == standing).toList();
    }

    boolean anyRanked() {
        return measures.stream().anyMatch(m -> m.standing() != null);
    }

    /** The shortfalls as named: 接诉即办 once for the composite and the direct score, then the indicators. */
    List<String> shortfalls(String named12345, java.util.function.Function<Measure, String> name) {
        List<Measure> back = at(Standing.BACK);
        var names = new java.util.ArrayList<String>();
        if (back.stream().anyMatch(Measure::is12345)) {
            names.add(named12345);
        }
        back.stream().filter(m -> !m.is12345()).map(name).forEach(names::add);
        return names;
    }
}
