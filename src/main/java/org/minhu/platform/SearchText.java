package org.minhu.platform;

import java.util.Map;

/** The words of a search as a request gives them: at most so many characters, else 400 {@code VALIDATION_FAILED}. */
public final class SearchText {

    private SearchText() {
    }

    /** The text stripped (null stays null); refused when longer than {@code max}. */
    public static String check(String q, int max) {
        if (q == null) {
            return null;
        }
        String text = q.strip();
        if (text.length() > max) {
            throw MinhuException.invalid("VALIDATION_FAILED", "search-too-long", "Search for at most " + max + " characters",
                    Map.of("field", "q", "maxLength", max));
        }
        return text;
    }
}
