package org.minhu.ticket;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Remembers which ticket an {@code Idempotency-Key} created, per user, and the body it came with. */
@Repository
class IdempotencyKeys {

    record Claim(String requestHash, long ticketId) {
    }

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Claim> find(String username, String key) {
        return jdbc.sql("SELECT request_hash, ticket_id FROM idempotency_key WHERE username = :u AND key = :k")
                .param("u", username).param("k", key)
                .query((rs, n) -> new Claim(rs.getString(1), rs.getLong(2))).optional();
    }

    /** Records the key for a new ticket; false when another request took the key first. */
    boolean claim(String username, String key, String hash, long ticketId, Instant now) {
        return jdbc.sql("""
                INSERT INTO idempotency_key (username, key, request_hash, ticket_id, created_at)
                VALUES (:u, :k, :h, :t, :now) ON CONFLICT DO NOTHING""")
                .param("u", username).param("k", key).param("h", hash).param("t", ticketId)
                .param("now", Sql.ts(now)).update() == 1;
    }
}
