package org.minhu.insight;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.minhu.ticket.TicketView;

/**
 * A ticket found, as the list shows it, with {@code highlight}: the passage of its text that
 * matched, HTML-escaped, the searched words in {@code <mark>} (numbers masked, as the index holds them).
 */
public record SearchHit(@JsonUnwrapped TicketView ticket, String highlight) {
}
