package org.minhu.dispatch;

import java.util.List;

/**
 * Chooses a model's unsure threshold on evidence: the cross-validated suggestions of its own
 * training. The lowest candidate at which the confident suggestions are right at least
 * {@link #TARGET} of the time, so the operator is asked to choose as seldom as that allows; the
 * highest candidate when none reaches it.
 */
record UnsureThreshold(double below, double unsureShare, double confidentAccuracy) {

    static final double TARGET = 0.95;
    static final double[] CANDIDATES = {0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9};

    static UnsureThreshold choose(List<CategorySuggestion> suggestions, List<String> known) {
        UnsureThreshold at = null;
        for (double candidate : CANDIDATES) {
            at = at(suggestions, known, candidate);
            if (at.confidentAccuracy() >= TARGET) {
                return at;
            }
        }
        return at;
    }

    /** The share unsure and the accuracy of the confident at a threshold. */
    static UnsureThreshold at(List<CategorySuggestion> suggestions, List<String> known, double threshold) {
        int confident = 0;
        int right = 0;
        for (int i = 0; i < suggestions.size(); i++) {
            CategorySuggestion s = suggestions.get(i);
            if (s.confidence() >= threshold) {
                confident++;
                right += s.category().equals(known.get(i)) ? 1 : 0;
            }
        }
        int n = Math.max(1, suggestions.size());
        return new UnsureThreshold(threshold, 1 - confident / (double) n, right / (double) Math.max(1, confident));
    }
}
