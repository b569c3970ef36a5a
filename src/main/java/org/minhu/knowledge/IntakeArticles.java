package org.minhu.knowledge;

import java.util.List;
import org.minhu.directory.Actor;
import org.minhu.directory.Role;
import org.minhu.ticket.ArticleSuggestion;
import org.minhu.ticket.IntakeAdvisor;
import org.minhu.ticket.IntakeDraft;
import org.springframework.stereotype.Component;

/** Intake's articles: the best five offered for the request's words, the emergency topics' first. */
@Component
class IntakeArticles implements IntakeAdvisor {

    static final int MAX = 5;

    private final Articles articles;

    IntakeArticles(Articles articles) {
        this.articles = articles;
    }

    @Override
    public List<ArticleSuggestion> articles(IntakeDraft draft, Actor actor) {
        if (!actor.is(Role.OPERATOR) && !actor.is(Role.ADMIN)) {
            return List.of();
        }
        String text = draft.subject() == null ? draft.content() : draft.subject() + "\n" + draft.content(); // blank: pinned only
        return articles.search(text, actor, MAX).stream().map(h -> new ArticleSuggestion(h.id(), h.versionId(), h.title(),
                Math.round(h.score() * 100) / 100.0, h.pinned(), h.topic(), h.snippet())).toList();
    }
}
