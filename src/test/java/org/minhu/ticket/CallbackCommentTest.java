package org.minhu.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** 回访 keeps the operator's note beside the answers, in the ticket and its log; too long a note is refused. */
class CallbackCommentTest extends TicketApiTestSupport {

    @Test
    void theCallbacksNoteIsKeptAndShown() throws Exception {
        JsonNode ticket = newTicket();
        long id = ticket.get("id").asLong();
        completeByJianwai(dispatchedToJianwai(ticket));

        JsonNode closed = centre(id, "callback", Map.of("resolved", "YES", "satisfied", "SATISFIED",
                "comment", "居民说夜间已无施工，回拨电话13812345678"));

        assertThat(closed.get("callback").get("comment").asString()).isEqualTo("居民说夜间已无施工，回拨电话13812345678");
        assertThat(expect(200, getJson("jianwai", "/api/v1/tickets/" + id)).get("callback").get("comment").asString())
                .doesNotContain("13812345678");
        JsonNode events = expect(200, getJson("op", "/api/v1/tickets/" + id + "/events")).get("content");
        assertThat(events.valueStream().filter(e -> e.get("type").asString().equals("CALLBACK_RECORDED")).findFirst()
                .orElseThrow().get("data").get("comment").asString()).startsWith("居民说夜间已无施工");
    }

    @Test
    void aNoteOverAThousandCharactersIsRefusedAndNothingIsRecorded() throws Exception {
        JsonNode ticket = newTicket();
        long id = ticket.get("id").asLong();
        completeByJianwai(dispatchedToJianwai(ticket));

        JsonNode refused = body(postJson("op", "/api/v1/tickets/" + id + "/callback",
                Map.of("resolved", "YES", "satisfied", "SATISFIED", "comment", "好".repeat(1001))));

        assertThat(refused.get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(expect(200, getJson("op", "/api/v1/tickets/" + id)).get("status").asString()).isEqualTo("COMPLETED");
    }
}
