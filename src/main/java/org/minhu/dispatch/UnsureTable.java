package org.minhu.dispatch;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * The evidence for the unsure threshold: at each candidate threshold, the share of suggestions
 * that would be unsure and how often the confident ones are right, with the threshold that
 * {@link UnsureThreshold} chooses on these suggestions marked.
 */
final class UnsureTable {

    private UnsureTable() {
    }

    static void print(List<CategorySuggestion> suggestions, List<String> known, PrintStream out) {
        double chosen = UnsureThreshold.choose(suggestions, known).below();
        out.println("threshold  unsure  accuracy of the confident");
        for (double threshold : UnsureThreshold.CANDIDATES) {
            UnsureThreshold at = UnsureThreshold.at(suggestions, known, threshold);
            out.printf(Locale.ROOT, "%9.2f  %5.1f%%  %.4f%s%n", threshold, 100 * at.unsureShare(), at.confidentAccuracy(),
                    threshold == chosen ? "  <- chosen: the lowest with " + Math.round(100 * UnsureThreshold.TARGET) + " % right" : "");
        }
        out.printf(Locale.ROOT, "mean confidence %.4f, accuracy %.4f (calibration)%n",
                suggestions.stream().mapToDouble(CategorySuggestion::confidence).average().orElse(0),
                UnsureThreshold.at(suggestions, known, 0).confidentAccuracy());
    }
}
