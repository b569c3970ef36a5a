package org.minhu.ticket;

import java.time.Instant;

/**
 * 免考核: the latest request to leave a ticket out of the monthly scores, and its decision. An
 * approved one makes the ticket exempt; a rejected one may be followed by a new request.
 */
public record Exemption(ExemptionStatus status, ExemptionReason reasonCode, String evidence, String requestedBy,
                        Instant requestedAt, String decidedBy, Instant decidedAt, String decisionReason) {

    static Exemption requested(ExemptionReason reason, String evidence, String by, Instant at) {
        return new Exemption(ExemptionStatus.REQUESTED, reason, evidence, by, at, null, null, null);
    }

    Exemption decided(ExemptionStatus decision, String by, Instant at, String why) {
        return new Exemption(decision, reasonCode, evidence, requestedBy, requestedAt, by, at, why);
    }

    boolean pending() {
        return status == ExemptionStatus.REQUESTED;
    }

    boolean approved() {
        return status == ExemptionStatus.APPROVED;
    }
}
