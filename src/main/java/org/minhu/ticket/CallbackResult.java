package org.minhu.ticket;

import java.util.Map;
import org.minhu.platform.CleanText;
import org.minhu.platform.MinhuException;

/** What the citizen said at callback, or that they could not be reached; {@code comment}: the operator's note, or null. */
public record CallbackResult(boolean unreachable, Resolved resolved, Satisfied satisfied, String comment) {

    public CallbackResult {
        comment = comment == null || comment.isBlank() ? null : comment.strip();
        if (comment != null && (comment.length() > 1000 || !CleanText.Validator.isClean(comment))) {
            throw MinhuException.invalid("VALIDATION_FAILED", "too-long", "comment must be text of at most 1000 characters",
                    Map.of("field", "comment", "maxLength", 1000));
        }
    }

    public CallbackResult(boolean unreachable, Resolved resolved, Satisfied satisfied) {
        this(unreachable, resolved, satisfied, null);
    }

    /** The same answers with the operator's note. */
    public CallbackResult withComment(String note) {
        return new CallbackResult(unreachable, resolved, satisfied, note);
    }
}
