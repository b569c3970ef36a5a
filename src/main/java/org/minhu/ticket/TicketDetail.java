package org.minhu.ticket;

import java.util.List;
import org.minhu.dispatch.RoutingSuggestion;

/**
 * One ticket as its page shows it, read at one access check: the view, the first entries of its
 * log, and where it could go (empty unless an operator is about to dispatch it).
 */
public record TicketDetail(TicketView ticket, List<EventView> events, List<RoutingSuggestion> suggestions) {
}
