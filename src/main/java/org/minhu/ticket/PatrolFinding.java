package org.minhu.ticket;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.minhu.platform.CleanText;
import org.minhu.platform.HasText;

/**
 * A problem a street or township found itself (主动发现), with the whistle it blows on it at once:
 * {@code POST /api/v1/whistles} {@code {type, unitCodes, note, subject?, content, categoryCode?,
 * location: {address?, lat?, lng?}}}. It becomes a ticket of channel PROACTIVE that the street leads.
 */
public record PatrolFinding(
        @NotNull WhistleType type,
        List<String> unitCodes,
        String note,
        @Size(max = 200) @CleanText String subject,
        @HasText @Size(max = 5000) @CleanText String content,
        @Size(max = 32) String categoryCode,
        @Valid CreateTicket.Location location) {
}
