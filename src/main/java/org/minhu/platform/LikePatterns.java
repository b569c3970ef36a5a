package org.minhu.platform;

/**
 * Patterns for SQL {@code LIKE} and {@code ILIKE} that match a user's text literally. Its
 * {@code \}, {@code %} and {@code _} are escaped with the backslash, PostgreSQL's default escape
 * character, so that a search for "100%" or "a_b" finds just that and no text turns into a
 * match-anything that scans every row.
 */
public final class LikePatterns {

    private LikePatterns() {
    }

    /** Matches values that contain {@code text}. */
    public static String containing(String text) {
        return "%" + escaped(text) + "%";
    }

    /** Matches values that start with {@code text}. */
    public static String startingWith(String text) {
        return escaped(text) + "%";
    }

    /** {@code text} with the characters special to {@code LIKE} escaped; the backslash first, so the others' stay. */
    static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
