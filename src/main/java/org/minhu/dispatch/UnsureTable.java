package org.minhu.dispatch;

import java.io.PrintStream;
import java.util.List;

/**
 * The evidence for the unsure threshold: at each candidate threshold, the share of suggestions
 * that would be unsure and how often the confident ones are right.
 */
final class UnsureTable {

    private static final double[] THRESHOLDS = {0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8, 0.9};

    private UnsureTable() {
    }

    static void print(List<CategorySuggestion> suggestions, List<String> known, double chosen, PrintStream out) {
        out.println("threshold  unsure  accuracy of the confident");
        for (double threshold : THRESHOLDS) {
            out.println(line(suggestions, known, threshold, threshold == chosen ? "  <- the model's" : ""));
        }
        out.printf("mean confidence %.4f, accuracy %.4f (calibration)%n",
                suggestions.stream().mapToDouble(CategorySuggestion::confidence).average().orElse(0),
                right(suggestions, known, 0) / (double) Math.max(1, suggestions.size()));
    }

    private static String line(List<CategorySuggestion> suggestions, List<String> known, double threshold, String mark) {
        long confident = suggestions.stream().filter(s -> s.confidence() >= threshold).count();
        double unsure = 1 - confident / (double) Math.max(1, suggestions.size());
        double accuracy = right(suggestions, known, threshold) / (double) Math.max(1, confident);
        return String.format(java.util.Locale.ROOT, "%9.2f  %5.1f%%  %.4f%s", threshold, 100 * unsure, accuracy, mark);
    }

    private static int right(List<CategorySuggestion> suggestions, List<String> known, double threshold) {
        int right = 0;
        for (int i = 0; i < suggestions.size(); i++) {
            CategorySuggestion s = suggestions.get(i);
            if (s.confidence() >= threshold && s.category().equals(known.get(i))) {
                right++;
            }
        }
        return right;
    }
}
