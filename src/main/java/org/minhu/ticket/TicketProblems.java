package org.minhu.ticket;

import java.util.Map;
import org.minhu.platform.MinhuException;
import org.springframework.http.HttpStatus;

/** The ticket module's errors, each with its stable code. */
final class TicketProblems {

    private TicketProblems() {
    }

    static MinhuException illegal(String action, String what, String state) {
        return new MinhuException(HttpStatus.CONFLICT, "ILLEGAL_TRANSITION",
                "Cannot " + action + " a " + what + " that is " + state, Map.of("state", state));
    }

    static MinhuException conflict(String code, String message) {
        return MinhuException.conflict(code, message);
    }

    static MinhuException invalid(String code, String message) {
        return MinhuException.invalid(code, message);
    }

    static MinhuException invalid(String code, String reason, String message, Map<String, Object> details) {
        return MinhuException.invalid(code, reason, message, details);
    }

    static MinhuException notYours() {
        return MinhuException.forbidden("Only a handler of the assigned unit may act on this assignment");
    }

    static MinhuException centreOnly() {
        return MinhuException.forbidden("Only the 12345 centre's operators may do this");
    }

    static MinhuException lostRace() {
        return MinhuException.conflict("CONCURRENT_UPDATE", "Someone else changed this ticket at the same moment; reload and try again");
    }
}
