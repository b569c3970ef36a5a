package org.minhu.ticket;

import java.time.Instant;

/** 报到: what a summoned unit's assignment owes its whistle: to report in by {@code reportDue}, then to record what it did. */
final class Summons {

    final long whistleId;
    final Instant reportDue;
    Instant reportedAt;
    String reportNote;
    String workNote;

    Summons(long whistleId, Instant reportDue) {
        this.whistleId = whistleId;
        this.reportDue = reportDue;
    }

    boolean reported() {
        return reportedAt != null;
    }

    boolean onTime() {
        return reportedAt != null && !reportedAt.isAfter(reportDue);
    }
}
