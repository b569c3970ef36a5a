package org.minhu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.minhu.support.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * A request whose query waits past {@code minhu.db.query-timeout} gets 503 {@code QUERY_TIMEOUT}
 * with Retry-After, and its connection goes back to the pool.
 */
@TestPropertySource(properties = "minhu.db.query-timeout=1s")
class QueryTimeoutTest extends ApiTestSupport {

    @Autowired
    DataSource dataSource;

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // without the timeout the request waits for ever
    void aQueryPastTheTimeoutIsA503AndLeavesNoConnectionHeld() throws Exception {
        ensureUsers();
        long id = expect(201, postJson("op", "/api/v1/tickets", Map.of("channel", "PHONE", "type", "CONSULTATION",
                "content", "社保卡补办需要哪些材料"))).get("id").asLong();

        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            holder.createStatement().execute("SELECT 1 FROM ticket WHERE id = " + id + " FOR UPDATE");
            long started = System.nanoTime();

            MvcResult waited = postJson("op", "/api/v1/tickets/" + id + "/answer", Map.of("answer", "携带身份证到社保中心"));

            assertThat((System.nanoTime() - started) / 1_000_000).isBetween(900L, 4_000L);
            JsonNode problem = expect(503, waited);
            assertThat(waited.getResponse().getContentType()).startsWith("application/problem+json");
            assertThat(problem.get("code").asString()).isEqualTo("QUERY_TIMEOUT");
            assertThat(waited.getResponse().getHeader("Retry-After")).isEqualTo("5");
            holder.rollback();
        }
        // nothing half-written, and the pool still serves: the same answer now goes through
        assertThat(expect(200, getJson("op", "/api/v1/tickets/" + id)).get("status").asString()).isEqualTo("RECEIVED");
        for (int i = 0; i < 40; i++) {
            expect(200, getJson("op", "/api/v1/tickets/" + id));
        }
        expect(200, postJson("op", "/api/v1/tickets/" + id + "/answer", Map.of("answer", "携带身份证到社保中心")));
    }
}
