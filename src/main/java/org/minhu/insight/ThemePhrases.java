package org.minhu.insight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The text clusters of a category in a month, by the words that set its requests apart: a word
 * (two characters or more) said in at least {@code minShare} of the category's requests and at
 * least {@code lift} times as often there as in the month's requests at large names a cluster, the
 * requests that say it; the best three by share. Both sets of texts are samples.
 */
public final class ThemePhrases {

    /** A word and the share of the category's requests that say it. */
    public record Phrase(String text, double share) {
    }

    private ThemePhrases() {
    }

    static List<Phrase> of(List<String> category, List<String> month, Function<String, List<String>> words,
                           double minShare, double lift) {
        if (category.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> inCategory = documentFrequency(category, words);
        Map<String, Integer> inMonth = documentFrequency(month, words);
        List<Phrase> out = new ArrayList<>();
        inCategory.forEach((word, n) -> {
            double share = (double) n / category.size();
            double background = (inMonth.getOrDefault(word, 0) + 1.0) / (month.size() + 1.0);
            if (word.codePointCount(0, word.length()) >= 2 && share >= minShare && share / background >= lift) {
                out.add(new Phrase(word, Math.round(share * 100) / 100.0));
            }
        });
        out.sort((a, b) -> Double.compare(b.share(), a.share()) != 0 ? Double.compare(b.share(), a.share())
                : a.text().compareTo(b.text()));
        return out.size() > 3 ? List.copyOf(out.subList(0, 3)) : out;
    }

    private static Map<String, Integer> documentFrequency(List<String> texts, Function<String, List<String>> words) {
        Map<String, Integer> df = new HashMap<>();
        for (String t : texts) {
            Set<String> seen = new HashSet<>(words.apply(t == null ? "" : t));
            seen.forEach(w -> df.merge(w, 1, Integer::sum));
        }
        return df;
    }
}
