package org.minhu.demo;

import java.time.Instant;
import org.minhu.ticket.TicketImport.Historic;

/** One ticket while the month is planned; later tickets look back at it to duplicate it. */
final class PlannedTicket {

    final String ref;
    final Instant createdAt;
    DemoTexts.Template template;
    Place place;
    /** A duplicate merged into an earlier ticket. */
    boolean child;
    boolean terminated;
    Historic historic;

    PlannedTicket(String ref, Instant createdAt) {
        this.ref = ref;
        this.createdAt = createdAt;
    }
}
