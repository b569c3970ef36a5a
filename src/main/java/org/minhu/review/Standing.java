package org.minhu.review;

/**
 * Where a unit stands on one measure among the peers ranked with it: the top (首位), the front
 * quarter (前列), the back quarter, or between. A quarter is at least one place, so of two peers
 * one is at the top and one at the back.
 */
public enum Standing {
    TOP, FRONT, MIDDLE, BACK;

    /** The standing of {@code rank} among {@code ranked} peers; null when unranked or alone. */
    public static Standing of(Integer rank, int ranked) {
        if (rank == null || ranked < 2) {
            return null;
        }
        int quarter = (ranked + 3) / 4;
        if (rank == 1) {
            return TOP;
        }
        if (rank <= quarter) {
            return FRONT;
        }
        return rank > ranked - quarter ? BACK : MIDDLE;
    }
}
