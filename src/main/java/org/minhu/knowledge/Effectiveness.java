package org.minhu.knowledge;

import java.util.List;
import org.minhu.platform.MinhuSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The answers' effectiveness per article, from the tickets answered from its versions and the
 * first callback of each that reached the citizen after the answer (later ones follow other work).
 */
@Component
class Effectiveness {

    private final JdbcClient jdbc;
    private final MinhuSettings.Knowledge settings;

    Effectiveness(JdbcClient jdbc, MinhuSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings.knowledge();
    }

    /** Every article answered from at least once (or those of {@code articleId} when not null), most answers first. */
    List<ArticleEffect> of(Long articleId) {
        return jdbc.sql("""
                SELECT a.id, v0.title, a.owner_unit_code, count(t.id) AS answered,
                       count(c.id) AS reached,
                       count(c.id) FILTER (WHERE c.resolved = 'YES') AS resolved,
                       count(c.id) FILTER (WHERE c.satisfied IN ('SATISFIED','BASICALLY')) AS satisfied,
                       count(c.id) FILTER (WHERE c.resolved = 'NO' OR c.satisfied = 'DISSATISFIED') AS failed
                FROM article a
                JOIN article_version v0 ON v0.article_id = a.id AND v0.version = a.current_version
                JOIN article_version v ON v.article_id = a.id
                JOIN ticket t ON t.answer_article_version = v.id
                LEFT JOIN LATERAL (SELECT c.id, c.resolved, c.satisfied FROM callback c
                                   WHERE c.ticket_id = t.id AND NOT c.unreachable AND c.recorded_at >= t.answered_at
                                   ORDER BY c.recorded_at, c.id LIMIT 1) c ON true
                WHERE (CAST(:article AS bigint) IS NULL OR a.id = :article)
                GROUP BY a.id, v0.title, a.owner_unit_code
                ORDER BY answered DESC, a.id""")
                .param("article", articleId)
                .query((rs, n) -> effect(rs.getLong("id"), rs.getString("title"), rs.getString("owner_unit_code"),
                        rs.getLong("answered"), rs.getLong("reached"), rs.getLong("resolved"), rs.getLong("satisfied"),
                        rs.getLong("failed")))
                .list();
    }

    ArticleEffect effect(long id, String title, String owner, long answered, long reached, long resolved, long satisfied,
                         long failed) {
        double rate = reached == 0 ? 0 : (double) failed / reached;
        return new ArticleEffect(id, title, owner, answered, reached, resolved, satisfied, failed, rate,
                reached >= settings.minCallbacks() && rate > settings.failRate());
    }
}
