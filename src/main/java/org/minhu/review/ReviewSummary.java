package org.minhu.review;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The summary sheet's lines: what was scored and how, and who is proposed to speak. */
final class ReviewSummary {

    private ReviewSummary() {
    }

    static List<String[]> lines(ReviewPack pack, Function<String, String> text) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {text.apply("review.col.month"), pack.month().toString()});
        lines.add(new String[] {text.apply("review.col.scope"),
                pack.districtName() == null ? text.apply("review.city") : pack.districtName()});
        lines.add(new String[] {text.apply("review.col.status"), text.apply("review.status." + pack.status())});
        lines.add(new String[] {text.apply("review.col.scoredAt"), String.valueOf(pack.scoredAt())});
        var rules = pack.rules();
        rules.weights().forEach((group, w) -> lines.add(new String[] {
                text.apply("review.col.weights") + " · " + text.apply("review.group." + group),
                w.response() + " / " + w.resolution() + " / " + w.satisfaction()}));
        lines.add(new String[] {"α / β", rules.alpha() + " / " + rules.beta()});
        lines.add(new String[] {text.apply("review.col.minSample"), String.valueOf(rules.minSample())});
        for (var s : pack.speakers().lagging()) {
            lines.add(new String[] {text.apply("review.speaker.LOWEST"), s.unitName() + " (" + s.compositeScore() + ")"});
        }
        var e = pack.speakers().exemplary();
        if (e != null) {
            lines.add(new String[] {text.apply("review.speaker." + e.why()), e.unitName()
                    + (e.compositeScore() == null ? "" : " (" + e.compositeScore() + ")")});
        }
        return lines;
    }
}
