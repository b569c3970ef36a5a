package org.minhu.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Rules the lifecycle used to let slip: each now a clear refusal that changes nothing. */
class LifecycleRulesTest extends TicketApiTestSupport {

    private String code(int status, org.springframework.test.web.servlet.MvcResult result) throws Exception {
        return expect(status, result).get("code").asString();
    }

    @Test
    void anExtensionWaitsUntilTheUnitHasAccepted() throws Exception {
        long assignment = dispatchedToJianwai(newTicket());

        assertThat(code(409, postJson("jianwai", "/api/v1/assignments/" + assignment + "/extend",
                Map.of("workingDays", 3, "reason", "需协调")))).isEqualTo("ILLEGAL_TRANSITION");
    }

    @Test
    void anExtensionToADateReachesAtMostSixtyWorkingDays() throws Exception {
        long assignment = dispatchedToJianwai(newTicket());
        act("jianwai", assignment, "accept", null);

        assertThat(code(400, postJson("jianwai", "/api/v1/assignments/" + assignment + "/extend",
                Map.of("until", "9999-12-31T00:00:00Z", "reason", "需协调")))).isIn("EXTENSION_TOO_LONG", "CALENDAR_NOT_COVERED");
        assertThat(code(400, postJson("jianwai", "/api/v1/assignments/" + assignment + "/extend",
                Map.of("until", "2025-09-01T00:00:00Z", "reason", "需协调")))).isEqualTo("EXTENSION_TOO_LONG");
        JsonNode fine = act("jianwai", assignment, "extend", Map.of("until", "2025-04-01T02:00:00Z", "reason", "需协调"));
        assertThat(assignmentOf(fine, JIANWAI).get("extensionStatus").asString()).isEqualTo("REQUESTED");
    }

    @Test
    void nothingMergesIntoAClosedTicket() throws Exception {
        long parent = newTicket().get("id").asLong();
        centre(parent, "answer", Map.of("answer", "已答复"));
        centre(parent, "callback", Map.of("resolved", "YES", "satisfied", "SATISFIED"));
        long child = newTicket().get("id").asLong();

        assertThat(code(409, postJson("op", "/api/v1/tickets/" + child + "/merge", Map.of("parentId", parent))))
                .isEqualTo("INVALID_MERGE_PARENT");
        assertThat(expect(200, getJson("op", "/api/v1/tickets/" + child)).get("status").asString()).isEqualTo("RECEIVED");
    }

    @Test
    void invisibleOrReversingTextIsNoAnswer() throws Exception {
        long ticket = newTicket().get("id").asLong();
        for (String text : new String[] {"\u200B\u3000\u200D", "已处理\u202E成完未", "\u2067隔离\u2069"}) {
            assertThat(code(400, postJson("op", "/api/v1/tickets/" + ticket + "/answer", Map.of("answer", text))))
                    .as(text).isEqualTo("VALIDATION_FAILED");
        }
        assertThat(expect(200, getJson("op", "/api/v1/tickets/" + ticket)).get("status").asString()).isEqualTo("RECEIVED");
    }
}
