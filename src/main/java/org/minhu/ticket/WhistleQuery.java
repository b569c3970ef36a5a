package org.minhu.ticket;

import java.time.Instant;

/**
 * What {@code GET /api/v1/whistles} filters by: a unit (that blew it or was summoned), the status
 * (OPEN, CLOSED), when it was blown ({@code from} inclusive, {@code to} exclusive); and the page.
 */
public record WhistleQuery(String unit, String status, Instant from, Instant to, int page, int size) {

    public WhistleQuery {
        org.minhu.platform.Page.check(page, size);
        if (status != null && !status.equals("OPEN") && !status.equals("CLOSED")) {
            throw org.minhu.platform.MinhuException.invalid("INVALID_PARAMETER", "status is OPEN or CLOSED");
        }
    }
}
