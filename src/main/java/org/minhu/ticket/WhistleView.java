package org.minhu.ticket;

import java.time.Instant;
import java.util.List;

/**
 * A whistle as the API shows it: who blew it on which ticket, why, and each summoned unit's
 * report-in ({@code onTime} null until it reports; {@code missed} once the report deadline passed
 * without one).
 */
public record WhistleView(long id, long ticketId, String ticketNumber, WhistleType type, String unitCode, String note,
                          Instant blownAt, String blownBy, String status, Instant closedAt, List<Summoned> summoned) {

    /** One summoned unit: its ASSIST assignment and its 报到. */
    public record Summoned(String unitCode, long assignmentId, AssignmentStatus assignmentStatus, Instant reportDueAt,
                           Instant reportedAt, Boolean onTime, boolean missed, String reportNote, String workNote) {
    }

    WhistleView withSummoned(List<Summoned> units) {
        return new WhistleView(id, ticketId, ticketNumber, type, unitCode, note, blownAt, blownBy, status, closedAt, units);
    }
}
