package org.minhu.directory;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.minhu.platform.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The append-only record of what administrators did ({@code admin_event}): who, what, when, to whom. */
@Component
class AdminEvents {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AdminEvents(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void record(Instant at, String actor, String action, String target, Map<String, Object> data) {
        jdbc.sql("INSERT INTO admin_event (at, actor, action, target, data) VALUES (:at, :actor, :action, :target, CAST(:data AS jsonb))")
                .param("at", java.sql.Timestamp.from(at)).param("actor", actor).param("action", action)
                .param("target", target).param("data", json.writeValueAsString(data)).update();
    }

    Page<AdminEvent> list(int page, int size) {
        Page.check(page, size);
        long total = jdbc.sql("SELECT count(*) FROM admin_event").query(Long.class).single();
        List<AdminEvent> events = jdbc.sql("""
                        SELECT id, at, actor, action, target, data::text AS data FROM admin_event
                         ORDER BY at DESC, id DESC LIMIT :limit OFFSET :offset""")
                .param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> new AdminEvent(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                        rs.getString("actor"), rs.getString("action"), rs.getString("target"),
                        json.readValue(rs.getString("data"), MAP)))
                .list();
        return new Page<>(events, page, size, total);
    }
}
