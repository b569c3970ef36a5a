package org.minhu.knowledge;

import java.time.Clock;
import java.util.List;
import org.minhu.directory.Actor;
import org.minhu.directory.Role;
import org.minhu.platform.MinhuException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who writes articles: administrators, and operators an administrator granted the editor right
 * ({@code knowledge_editor}).
 */
@Component
class KnowledgeEditors {

    private final JdbcClient jdbc;
    private final Clock clock;

    KnowledgeEditors(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    boolean mayEdit(Actor actor) {
        return actor.is(Role.ADMIN) || actor.is(Role.OPERATOR) && jdbc.sql(
                "SELECT EXISTS (SELECT 1 FROM knowledge_editor WHERE username = :u)").param("u", actor.username())
                .query(Boolean.class).single();
    }

    void requireEditor(Actor actor) {
        if (!mayEdit(actor)) {
            throw MinhuException.forbidden("Articles are written by administrators and operators with the editor right");
        }
    }

    List<String> all() {
        return jdbc.sql("SELECT username FROM knowledge_editor ORDER BY username").query(String.class).list();
    }

    void grant(String username, Actor admin) {
        requireAdmin(admin);
        String role = jdbc.sql("SELECT role FROM app_user WHERE username = :u").param("u", username).query(String.class)
                .optional().orElseThrow(() -> MinhuException.notFound("user", username));
        if (!role.equals(Role.OPERATOR.name())) {
            throw MinhuException.invalid("NOT_AN_OPERATOR", "The editor right is for operators (administrators have it)");
        }
        jdbc.sql("INSERT INTO knowledge_editor (username, granted_at, granted_by) VALUES (:u, :at, :by) ON CONFLICT DO NOTHING")
                .param("u", username).param("at", clock.instant().atOffset(java.time.ZoneOffset.UTC))
                .param("by", admin.username()).update();
    }

    void revoke(String username, Actor admin) {
        requireAdmin(admin);
        jdbc.sql("DELETE FROM knowledge_editor WHERE username = :u").param("u", username).update();
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.is(Role.ADMIN)) {
            throw MinhuException.forbidden("Administrators grant the editor right");
        }
    }
}
