package org.minhu.calendar;

import java.time.Instant;

/**
 * When something is due, and whether a provisional day of the working calendar went into it.
 *
 * @param at                 the due time
 * @param provisionalBeyond  null when every day counted was an official one (bundled or entered by
 *                           an administrator); else the last official year at the time of counting:
 *                           days after it were provisional (statutory holidays only, see
 *                           {@link WorkingCalendar}), so the due time is recomputed once a later
 *                           year is entered
 */
public record Due(Instant at, Integer provisionalBeyond) {

    /** A due time no provisional day went into. */
    public static Due official(Instant at) {
        return new Due(at, null);
    }

    public boolean provisional() {
        return provisionalBeyond != null;
    }
}
