package org.minhu.ticket;

/** Why a ticket should be left out of the monthly scores (免考核). */
public enum ExemptionReason {
    /** Not the matter of any unit that could be dispatched to (不属于本市职责或管辖). */
    OUT_OF_JURISDICTION,
    /** A 110, 119, 120 or 122 matter. */
    EMERGENCY_SERVICE,
    /** In litigation, arbitration or administrative reconsideration. */
    LITIGATION,
    /** An unreasonable demand, explained to the citizen. */
    UNREASONABLE,
    /** Malicious repeated calls. */
    MALICIOUS_REPEAT,
    /** A duplicate of a ticket that is scored. */
    DUPLICATE,
    /** The citizen could not be reached to be called back. */
    UNREACHABLE
}
