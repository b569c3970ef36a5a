package org.minhu.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;

/** {@code Idempotency-Key} on intake: a repeat returns the first ticket; another body is refused. */
class IdempotencyTest extends TicketApiTestSupport {

    @Autowired
    JdbcClient jdbc;

    private static final Map<String, Object> BODY = Map.of("channel", "APP", "type", "HELP",
            "content", "小区停水三天了没人管", "location", Map.of("address", "海淀区万寿路街道"));

    @Test
    void repeatedKeyWithTheSameBodyReturnsTheFirstTicket() throws Exception {
        long first = expect(201, create("key-1", BODY)).get("id").asLong();
        long countAfterFirst = tickets();

        MvcResult repeat = create("key-1", BODY);

        assertThat(expect(201, repeat).get("id").asLong()).isEqualTo(first);
        assertThat(repeat.getResponse().getHeader("Idempotent-Replayed")).isEqualTo("true");
        assertThat(tickets()).isEqualTo(countAfterFirst);
    }

    @Test
    void repeatedKeyWithAnotherBodyIsRefused() throws Exception {
        expect(201, create("key-2", BODY));
        long count = tickets();

        var problem = expect(422, create("key-2", Map.of("channel", "APP", "type", "HELP", "content", "另一件事")));

        assertThat(problem.get("code").asString()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(tickets()).isEqualTo(count);
    }

    @Test
    void keysBelongToTheUserWhoSentThem() throws Exception {
        user("op2", org.minhu.directory.Role.OPERATOR, null);
        long mine = expect(201, create("shared-key", BODY)).get("id").asLong();

        var theirs = mvc.perform(post("/api/v1/tickets").with(httpBasic("op2", PASSWORD)).header("Idempotency-Key", "shared-key")
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(BODY))).andReturn();

        assertThat(expect(201, theirs).get("id").asLong()).isNotEqualTo(mine);
    }

    @Test
    void racingRepeatsCreateOneTicket() throws Exception {
        long before = tickets();
        List<Callable<Long>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> expect(201, create("race-key", BODY)).get("id").asLong());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Long> ids = new ArrayList<>();
            for (Future<Long> f : pool.invokeAll(calls)) {
                ids.add(f.get());
            }
            assertThat(ids).containsOnly(ids.getFirst());
        } finally {
            pool.shutdown();
        }
        assertThat(tickets()).isEqualTo(before + 1);
    }

    private MvcResult create(String key, Object body) throws Exception {
        return mvc.perform(post("/api/v1/tickets").with(httpBasic("op", PASSWORD)).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body))).andReturn();
    }

    private long tickets() {
        return jdbc.sql("SELECT count(*) FROM ticket").query(Long.class).single();
    }
}
