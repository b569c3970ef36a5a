package org.minhu.ticket;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.minhu.platform.CleanText;
import org.minhu.platform.MinhuException;

/** The bodies of the lifecycle actions. */
final class ActionBodies {

    private ActionBodies() {
    }

    record Answer(@NotBlank @Size(max = 5000) @CleanText String answer) {
    }

    record Dispatch(@NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9]+") String unitCode,
                    AssignmentRole role, Route route) {
    }

    record Forward(@NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9]+") String unitCode, AssignmentRole role) {
    }

    record Merge(@NotNull @Positive Long parentId) {
    }

    record Reason(@NotBlank @Size(max = 1000) @CleanText String reason) {
    }

    record Note(@Size(max = 1000) @CleanText String note) {
    }

    record Complete(@NotBlank @Size(max = 5000) @CleanText String reply) {
    }

    record Redispatch(@Size(max = 32) @Pattern(regexp = "[A-Za-z0-9]*") String unitCode) {
    }

    record Callback(Boolean unreachable, Resolved resolved, Satisfied satisfied) {

        CallbackResult result() {
            if (Boolean.TRUE.equals(unreachable)) {
                if (resolved != null || satisfied != null) {
                    throw MinhuException.invalid("VALIDATION_FAILED", "unreachable-answered",
                            "An unreachable citizen gave no answers", java.util.Map.of());
                }
                return new CallbackResult(true, null, null);
            }
            if (resolved == null || satisfied == null) {
                throw MinhuException.invalid("VALIDATION_FAILED", "callback-answers",
                        "Give resolved and satisfied, or unreachable: true", java.util.Map.of());
            }
            return new CallbackResult(false, resolved, satisfied);
        }
    }
}
