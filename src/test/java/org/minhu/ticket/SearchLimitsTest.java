package org.minhu.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** Searches that cannot stall the database: a bounded text, and a ticket number found by its index. */
class SearchLimitsTest extends TicketApiTestSupport {

    @Test
    void aSearchOfMoreThanAHundredCharactersIsRefused() throws Exception {
        JsonNode problem = expect(400, search("噪".repeat(101)));
        assertThat(problem.get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(problem.get("detail").asString()).contains("100");

        expect(200, search("噪".repeat(100)));
    }

    private MvcResult search(String q) throws Exception {
        return mvc.perform(get("/api/v1/tickets").param("q", q).with(httpBasic("op", PASSWORD))).andReturn();
    }

    @Test
    void aTicketNumberIsLookedUpInItsIndexAlone() throws Exception {
        JsonNode ticket = newTicket();
        String number = ticket.get("number").asString();

        JsonNode found = expect(200, getJson("op", "/api/v1/tickets?q=" + number));

        assertThat(found.get("totalElements").asLong()).isEqualTo(1);
        assertThat(found.get("content").get(0).get("id").asLong()).isEqualTo(ticket.get("id").asLong());
        assertThat(TicketFinder.searchCondition(number)).isEqualTo("t.number = :q");
        assertThat(TicketFinder.searchCondition("永安里")).contains("ILIKE").doesNotContain("number");
    }
}
