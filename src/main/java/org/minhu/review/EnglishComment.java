package org.minhu.review;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.minhu.directory.UnitKind;

/** {@link CommentDraft} in English: "In November 2026, Jianwai ranked first among …, but still falls short in …." */
final class EnglishComment {

    private EnglishComment() {
    }

    static String of(CommentDraft d) {
        String peers = (d.citywide() ? "the city's " : "the district's ")
                + (d.group() == UnitKind.TOWNSHIP ? "townships" : "subdistricts");
        String start = "In " + d.month().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                + d.month().getYear() + ", " + d.unitName() + " ";
        List<String> strengths = new ArrayList<>();
        if (!d.at(Standing.TOP, true).isEmpty()) {
            strengths.add("ranked first among " + peers + " in " + names(d.at(Standing.TOP, true)));
        }
        if (!d.at(Standing.TOP, false).isEmpty()) {
            strengths.add("had the lowest " + names(d.at(Standing.TOP, false)) + " among " + peers);
        }
        if (!d.at(Standing.FRONT).isEmpty()) {
            strengths.add("ranked in the top quarter of " + peers + " in " + names(d.at(Standing.FRONT)));
        }
        String shortfalls = and(d.shortfalls("12345 request handling", Measure::nameEn));
        String text;
        if (!strengths.isEmpty() && !shortfalls.isEmpty()) {
            text = start + and(strengths) + ", but still falls short in " + shortfalls + ".";
        } else if (!strengths.isEmpty()) {
            text = start + and(strengths) + ".";
        } else if (!shortfalls.isEmpty()) {
            text = start + "still needs to improve in " + shortfalls + ".";
        } else if (d.anyRanked()) {
            text = start + "stood mid-table among " + peers + " on every ranked measure.";
        } else {
            text = start + "had no ranked result this month.";
        }
        return d.smallSample() ? text + " With fewer than " + d.minSample()
                + " callbacks, its 12345 composite score was not ranked." : text;
    }

    private static String names(List<Measure> measures) {
        return and(measures.stream().map(m -> switch (m.code()) {
            case Measure.COMPOSITE -> "the 12345 composite score";
            case Measure.DIRECT -> "the direct-dispatch score";
            default -> m.nameEn();
        }).toList());
    }

    /** "a", "a and b", "a, b and c". */
    private static String and(List<String> items) {
        if (items.size() < 2) {
            return items.isEmpty() ? "" : items.getFirst();
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
    }
}
