package org.minhu.knowledge;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.minhu.directory.Actor;
import org.minhu.directory.Role;
import org.minhu.platform.MinhuException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Emergency topics: an administrator opens one in a minute (a tag, a title, the articles to pin),
 * operators tag the tickets that belong to it, everyone at the centre sees its count grow, and
 * it is closed when the emergency is over. One open topic per tag.
 */
@Service
public class Topics {

    /** An open topic's pinned article. */
    record Pin(String tag, long articleId) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    Topics(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Topic open(String tag, String title, List<Long> articleIds, Actor actor) {
        requireAdmin(actor);
        String t = required(tag, "tag", 32);
        String name = required(title, "title", 200);
        List<Long> ids = articleIds == null ? List.of() : articleIds.stream().distinct().toList();
        long known = ids.isEmpty() ? 0 : jdbc.sql("SELECT count(*) FROM article WHERE id = ANY(:ids)")
                .param("ids", ids.toArray(Long[]::new)).query(Long.class).single();
        if (known != ids.size()) {
            throw MinhuException.invalid("UNKNOWN_ARTICLE", "Some of the pinned articles do not exist");
        }
        try {
            long id = jdbc.sql("""
                    INSERT INTO emergency_topic (tag, title, article_ids, opened_at, opened_by)
                    VALUES (:tag, :title, :ids, :at, :by) RETURNING id""")
                    .param("tag", t).param("title", name).param("ids", ids.toArray(Long[]::new))
                    .param("at", now()).param("by", actor.username()).query(Long.class).single();
            return get(id);
        } catch (DataIntegrityViolationException taken) {
            throw MinhuException.conflict("TOPIC_OPEN", "A topic tagged " + t + " is open already");
        }
    }

    @Transactional
    public Topic close(long id, Actor actor) {
        requireAdmin(actor);
        int closed = jdbc.sql("UPDATE emergency_topic SET closed_at = :at, closed_by = :by WHERE id = :id AND closed_at IS NULL")
                .param("at", now()).param("by", actor.username()).param("id", id).update();
        if (closed == 0) {
            get(id); // 404 when there is none
            throw MinhuException.conflict("TOPIC_CLOSED", "Topic " + id + " is closed already");
        }
        return get(id);
    }

    /** Tags a ticket with an open topic (the centre does, at intake or later); tagging twice changes nothing. */
    @Transactional
    public Topic tag(long topicId, long ticketId, Actor actor) {
        if (!actor.is(Role.OPERATOR)) {
            throw MinhuException.forbidden("The 12345 centre tags tickets with a topic");
        }
        Topic topic = get(topicId);
        if (topic.closedAt() != null) {
            throw MinhuException.conflict("TOPIC_CLOSED", "Topic " + topicId + " is closed");
        }
        boolean ticket = jdbc.sql("SELECT EXISTS (SELECT 1 FROM ticket WHERE id = :id)").param("id", ticketId)
                .query(Boolean.class).single();
        if (!ticket) {
            throw MinhuException.notFound("ticket", ticketId);
        }
        jdbc.sql("""
                INSERT INTO topic_ticket (topic_id, ticket_id, tagged_at, tagged_by) VALUES (:topic, :ticket, :at, :by)
                ON CONFLICT DO NOTHING""")
                .param("topic", topicId).param("ticket", ticketId).param("at", now()).param("by", actor.username()).update();
        return get(topicId);
    }

    public Topic get(long id) {
        return jdbc.sql(SELECT + " WHERE t.id = :id").param("id", id).param("hourAgo", hourAgo())
                .query(this::topic).optional().orElseThrow(() -> MinhuException.notFound("topic", id));
    }

    /** Open topics first (newest first), then the closed ones of the last 90 days; the centre's and the supervisors'. */
    public List<Topic> list(Actor actor) {
        requireReader(actor);
        return list();
    }

    /** One topic, for the centre and the supervisors. */
    public Topic get(long id, Actor actor) {
        requireReader(actor);
        return get(id);
    }

    List<Topic> list() {
        return jdbc.sql(SELECT + " WHERE t.closed_at IS NULL OR t.closed_at > :since"
                        + " ORDER BY t.closed_at IS NOT NULL, t.opened_at DESC")
                .param("since", now().minusDays(90)).param("hourAgo", hourAgo()).query(this::topic).list();
    }

    /** The open topics' pinned articles, newest topic first, in the order they were pinned. */
    List<Pin> pins() {
        return jdbc.sql("""
                SELECT t.tag, a.id FROM emergency_topic t, unnest(t.article_ids) WITH ORDINALITY AS a(id, n)
                WHERE t.closed_at IS NULL ORDER BY t.opened_at DESC, a.n""")
                .query((rs, n) -> new Pin(rs.getString(1), rs.getLong(2))).list();
    }

    private static final String SELECT = """
            SELECT t.id, t.tag, t.title, t.article_ids, t.opened_at, t.opened_by, t.closed_at,
                   (SELECT count(*) FROM topic_ticket x WHERE x.topic_id = t.id) AS tickets,
                   (SELECT count(*) FROM topic_ticket x WHERE x.topic_id = t.id AND x.tagged_at > :hourAgo) AS last_hour
            FROM emergency_topic t""";

    private Topic topic(ResultSet rs, int n) throws SQLException {
        OffsetDateTime closed = rs.getObject("closed_at", OffsetDateTime.class);
        return new Topic(rs.getLong("id"), rs.getString("tag"), rs.getString("title"),
                Arrays.asList((Long[]) rs.getArray("article_ids").getArray()),
                rs.getObject("opened_at", OffsetDateTime.class).toInstant(), rs.getString("opened_by"),
                closed == null ? null : closed.toInstant(), rs.getLong("tickets"), rs.getLong("last_hour"));
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private OffsetDateTime hourAgo() {
        return now().minus(Duration.ofHours(1));
    }

    private static String required(String value, String field, int max) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw MinhuException.invalid("VALIDATION_FAILED", "required", field + " is required, at most " + max
                    + " characters", Map.of("field", field));
        }
        return value.strip();
    }

    private static void requireReader(Actor actor) {
        if (actor.is(Role.HANDLER)) {
            throw MinhuException.forbidden("Emergency topics are the centre's and the supervisors'");
        }
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.is(Role.ADMIN)) {
            throw MinhuException.forbidden("Administrators open and close emergency topics");
        }
    }
}
