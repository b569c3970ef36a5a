package org.minhu.ticket;

import java.time.Instant;

/**
 * 回访: one callback to the citizen, as recorded. {@code id} is null for one recorded since its
 * ticket was loaded (the database draws it when the callback is stored).
 */
record CallbackRecord(Long id, Instant recordedAt, String recordedBy, boolean unreachable, Resolved resolved,
                      Satisfied satisfied, String comment) {

    /** The citizen said it was not solved: the ticket may be reopened. */
    boolean unresolved() {
        return !unreachable && resolved == Resolved.NO;
    }
}
