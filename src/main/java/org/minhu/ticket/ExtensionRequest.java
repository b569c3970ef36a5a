package org.minhu.ticket;

import java.time.Instant;

/** The JSON body of 延期: more time until an instant, or a number of working days past the current deadline. */
record ExtensionRequest(Instant until, Integer workingDays, String reason) {

    /** The command this body asks for, which checks it. */
    TicketCommand command(long assignmentId) {
        return new TicketCommand.RequestExtension(assignmentId, until, workingDays, reason);
    }
}
