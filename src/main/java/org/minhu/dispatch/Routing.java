package org.minhu.dispatch;

import java.util.List;

/** Suggests where a ticket should go, best first. */
public interface Routing {

    List<RoutingSuggestion> suggest(RoutingQuery query);
}
