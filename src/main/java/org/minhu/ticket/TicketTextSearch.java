package org.minhu.ticket;

import java.util.List;
import java.util.Optional;
import org.minhu.directory.Actor;
import org.minhu.platform.Page;

/**
 * A word search over the tickets, provided by another module (the search index) and used by the
 * list and its export when the query has words. Empty answers mean the provider cannot answer
 * completely now (its index is being built): the list then searches the database itself.
 */
public interface TicketTextSearch {

    /** One page of the ids matching the query within the actor's scope, newest first. */
    Optional<Page<Long>> page(TicketQuery query, Actor actor);

    /** At most {@code max} ids matching the query within the actor's scope, newest first. */
    Optional<List<Long>> ids(TicketQuery query, Actor actor, int max);
}
