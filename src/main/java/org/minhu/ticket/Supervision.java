package org.minhu.ticket;

import java.time.Instant;

/** 督办: a supervisor's flag on a ticket, with the level, a note and the deadline the unit must meet. */
record Supervision(SupervisionLevel level, String note, Instant dueAt, Instant at, String by) {
}
