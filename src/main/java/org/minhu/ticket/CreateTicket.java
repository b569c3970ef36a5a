package org.minhu.ticket;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.minhu.platform.CleanText;
import org.minhu.platform.HasText;

/** The body of {@code POST /api/v1/tickets}: what a citizen asked, and where. */
public record CreateTicket(
        @NotNull Channel channel,
        @NotNull RequestType type,
        @HasText @Size(max = 5000) @CleanText String content,
        @Size(max = 200) @CleanText String subject,
        Urgency urgency,
        @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9._-]*") String categoryCode,
        @Valid Requester requester,
        @Valid Location location) {

    /**
     * Who asked. The phone is masked for everyone but the centre's staff; {@code confidential}
     * (保密): the caller asked that only the centre ever sees it.
     */
    public record Requester(@Size(max = 64) @CleanText String name,
                            @Size(max = 32) @Pattern(regexp = "[0-9+()\\- ]{3,32}", message = "digits, +, -, ( ) and spaces") String phone,
                            Boolean confidential) {

        public Requester(String name, String phone) {
            this(name, phone, null);
        }
    }

    /** Where: an address as the citizen said it, a point, or a known unit's code. */
    public record Location(@Size(max = 500) @CleanText String address,
                           @DecimalMin("-90") @DecimalMax("90") Double lat,
                           @DecimalMin("-180") @DecimalMax("180") Double lng,
                           @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9]*") String unitCode) {
    }
}
