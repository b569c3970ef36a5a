package org.minhu.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.minhu.support.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Tickets made through the API, and the node's index brought up to date before each search. */
abstract class SearchTestSupport extends ApiTestSupport {

    @Autowired
    TicketIndex index;
    @Autowired
    IndexSchedule schedule;

    void awaitReady() throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
        while ((index.state() != IndexState.READY || schedule.busy()) && Instant.now().isBefore(giveUp)) {
            Thread.sleep(50);
        }
        assertThat(index.state()).as("the index is built").isEqualTo(IndexState.READY);
    }

    /** What the follower does every second, done now. */
    void followNow() throws InterruptedException {
        awaitReady();
        index.follow();
    }

    JsonNode ticket(String content, String address) throws Exception {
        return expect(201, postJson("op", "/api/v1/tickets", Map.of("channel", "PHONE", "type", "COMPLAINT",
                "content", content, "requester", Map.of("name", "李先生", "phone", "13912345678"),
                "location", Map.of("address", address))));
    }

    JsonNode dispatched(String content, String unitCode) throws Exception {
        JsonNode t = ticket(content, "朝阳区");
        return expect(200, postJson("op", "/api/v1/tickets/" + t.get("id").asLong() + "/dispatch",
                Map.of("unitCode", unitCode, "role", "LEAD", "route", "DIRECT")));
    }

    JsonNode search(String user, String query) throws Exception {
        return expect(200, getJson(user, "/api/v1/search?" + query));
    }
}
