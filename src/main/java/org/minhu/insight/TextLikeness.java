package org.minhu.insight;

import java.util.HashSet;
import java.util.Set;

/**
 * How alike two texts are, explained in one sentence: the share of character bigrams they have
 * in common (Dice: twice the shared bigrams over both texts' bigrams), from 0 to 1. Punctuation,
 * spaces and masked digits do not count.
 */
final class TextLikeness {

    private TextLikeness() {
    }

    static double of(String a, String b) {
        return ClusterLinks.dice(bigrams(a), bigrams(b));
    }

    static Set<String> bigrams(String text) {
        Set<String> out = new HashSet<>();
        if (text == null) {
            return out;
        }
        int previous = -1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetterOrDigit(c)) {
                previous = -1;
                continue;
            }
            int lower = Character.toLowerCase(c);
            if (previous >= 0) {
                out.add(new StringBuilder().appendCodePoint(previous).appendCodePoint(lower).toString());
            }
            previous = lower;
        }
        return out;
    }
}
