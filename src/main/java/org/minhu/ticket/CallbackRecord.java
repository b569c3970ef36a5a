package org.minhu.ticket;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** 回访: one callback to the citizen, as recorded. */
record CallbackRecord(Long id, Instant recordedAt, String recordedBy, boolean unreachable, Resolved resolved,
                      Satisfied satisfied) {

    /** The citizen said it was not solved: the ticket may be reopened. */
    boolean unresolved() {
        return !unreachable && resolved == Resolved.NO;
    }

    Map<String, Object> asData() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("unreachable", unreachable);
        if (!unreachable) {
            data.put("resolved", resolved.name());
            data.put("satisfied", satisfied.name());
        }
        return data;
    }
}
