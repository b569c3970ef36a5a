package org.minhu.ticket;

import java.util.List;
import org.minhu.directory.Actor;

/**
 * Advice on a request at intake, provided by other modules: open tickets it may duplicate (the
 * search index) and articles that may answer it (the knowledge base). A module provides what it
 * knows and answers empty lists for the rest. {@code POST /tickets} answers with both.
 */
public interface IntakeAdvisor {

    /** Duplicates proposed, best first; a registered draft's proposals are recorded for the precision measure. */
    default List<DuplicateCandidate> duplicates(IntakeDraft draft, Actor actor) {
        return List.of();
    }

    default List<ArticleSuggestion> articles(IntakeDraft draft, Actor actor) {
        return List.of();
    }
}
