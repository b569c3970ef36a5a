package org.minhu.ticket;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.minhu.platform.CleanText;
import org.minhu.platform.MinhuException;

/** 延期: more time until an instant, or a number of working days past the current deadline. */
public record ExtensionRequest(Instant until, @Min(1) @Max(60) Integer workingDays,
                               @NotBlank @Size(max = 500) @CleanText String reason) {

    /** Exactly one of {@code until} and {@code workingDays}, and 1 to 60 working days (the console's forms too). */
    void check() {
        if ((until == null) == (workingDays == null)) {
            throw MinhuException.invalid("VALIDATION_FAILED", "extension-either", "Give either until or workingDays",
                    java.util.Map.of());
        }
        if (workingDays != null && (workingDays < 1 || workingDays > 60)) {
            throw MinhuException.invalid("VALIDATION_FAILED", "extension-days",
                    "An extension is 1 to 60 working days, not " + workingDays, java.util.Map.of("workingDays", workingDays));
        }
    }
}
