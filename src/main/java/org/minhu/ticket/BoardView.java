package org.minhu.ticket;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A supervisor's board over their district or the city, as of {@code at}: open tickets by state,
 * today's intake by hour (0–23, the city's time), the units with the most overdue open assignments,
 * the whistles (open first, then the last seven days') and the tickets under supervision.
 */
public record BoardView(Instant at, Map<TicketStatus, Long> byStatus, long closedToday, long overdueAssignments,
                        long[] intakeByHour, List<UnitOverdue> overdueByUnit, List<WhistleView> whistles, long openWhistles,
                        List<Supervised> supervised, long supervisedCount) {

    /** Today's intake by hour, comma-separated, for the chart. */
    public String intakeCsv() {
        return java.util.Arrays.stream(intakeByHour).mapToObj(Long::toString).collect(java.util.stream.Collectors.joining(","));
    }

    /** A unit and how many of its open assignments are past a deadline. */
    public record UnitOverdue(String unitCode, long overdue, long open) {
    }

    /** A ticket under 督办, with its deadline and whether it was missed. */
    public record Supervised(long ticketId, String number, String subject, String leadUnitCode, SupervisionLevel level,
                             String note, Instant dueAt, boolean missed, TicketStatus status) {
    }
}
