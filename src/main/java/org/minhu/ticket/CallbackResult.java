package org.minhu.ticket;

/** What the citizen said at callback, or that they could not be reached. */
public record CallbackResult(boolean unreachable, Resolved resolved, Satisfied satisfied) {
}
