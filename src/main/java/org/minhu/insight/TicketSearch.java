package org.minhu.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minhu.directory.Actor;
import org.minhu.platform.Page;
import org.minhu.ticket.TicketQuery;
import org.minhu.ticket.TicketTextSearch;
import org.minhu.ticket.TicketView;
import org.minhu.ticket.Tickets;
import org.springframework.stereotype.Service;

/**
 * The search over tickets: by the index when this node has a complete one, else by the database
 * (and the answer says so). It also serves the ticket list and its export as their
 * {@link TicketTextSearch}.
 */
@Service
public class TicketSearch implements TicketTextSearch {

    private final TicketSearcher searcher;
    private final TicketIndex index;
    private final Tickets tickets;

    TicketSearch(TicketSearcher searcher, TicketIndex index, Tickets tickets) {
        this.searcher = searcher;
        this.index = index;
        this.tickets = tickets;
    }

    /**
     * The tickets matching {@code q} the actor may see, with highlights and facets;
     * {@code newest} sorts by time instead of by relevance.
     */
    public SearchResult search(TicketQuery q, Actor actor, boolean newest) {
        Optional<TicketSearcher.Found> found = searcher.find(q, actor, newest, true);
        if (found.isEmpty()) {
            Page<TicketView> page = tickets.list(q, actor);
            return new SearchResult(page.content().stream().map(t -> new SearchHit(t, null)).toList(), page.page(),
                    page.size(), page.totalElements(), Map.of(), "DATABASE", index.state());
        }
        TicketSearcher.Found f = found.get();
        List<TicketView> views = tickets.views(f.ids(), actor);
        Map<Long, String> highlights = new java.util.HashMap<>();
        for (int i = 0; i < f.highlights().size(); i++) {
            highlights.put(f.ids().get(i), f.highlights().get(i));
        }
        List<SearchHit> hits = new ArrayList<>(views.size());
        for (TicketView v : views) {
            hits.add(new SearchHit(v, highlights.get(v.id())));
        }
        return new SearchResult(hits, q.page(), q.size(), f.total(), f.facets(), "INDEX", IndexState.READY);
    }

    @Override
    public Optional<Page<Long>> page(TicketQuery query, Actor actor) {
        return searcher.page(query, actor);
    }

    @Override
    public Optional<List<Long>> ids(TicketQuery query, Actor actor, int max) {
        return searcher.ids(query, actor, max);
    }
}
