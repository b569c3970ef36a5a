package org.minhu.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** 免考核: the lead unit or the centre asks, a supervisor of the ticket's district decides, the log keeps it all. */
class ExemptionTest extends TicketApiTestSupport {

    private static final Map<String, String> ASKED = Map.of("reasonCode", "UNREASONABLE",
            "evidence", "诉求人要求拆除合法建筑，已现场解释，录音见附件，联系电话13912345678");

    @Test
    void theLeadUnitAsksAndASupervisorOfTheDistrictApproves() throws Exception {
        JsonNode ticket = newTicket();
        long id = ticket.get("id").asLong();
        dispatchedToJianwai(ticket);

        JsonNode asked = expect(200, postJson("jianwai", "/api/v1/tickets/" + id + "/exemption", ASKED));
        assertThat(asked.get("exemption").get("status").asString()).isEqualTo("REQUESTED");
        assertThat(asked.get("exemption").get("reasonCode").asString()).isEqualTo("UNREASONABLE");
        assertThat(asked.get("exemption").get("evidence").asString()).doesNotContain("13912345678");
        assertThat(asked.get("exempt").asBoolean()).isFalse();
        assertThat(queue("sup-chaoyang")).contains(id);
        assertThat(queue("sup-city")).contains(id);
        assertThat(queue("sup-haidian")).doesNotContain(id);

        JsonNode approved = expect(200, postJson("sup-chaoyang", "/api/v1/tickets/" + id + "/exemption/approve", null));

        assertThat(approved.get("exempt").asBoolean()).isTrue();
        assertThat(approved.get("exemption").get("decidedBy").asString()).isEqualTo("sup-chaoyang");
        assertThat(queue("sup-chaoyang")).doesNotContain(id);
        assertThat(eventTypes(id)).containsSubsequence("EXEMPTION_REQUESTED", "EXEMPTION_APPROVED");
        assertThat(expect(200, getJson("op", "/api/v1/tickets/" + id)).get("exemption").get("evidence").asString())
                .contains("13912345678");
    }

    @Test
    void onlyTheLeadUnitOrTheCentreMayAskAndOnlyTheDistrictsSupervisorsDecide() throws Exception {
        JsonNode ticket = newTicket();
        long id = ticket.get("id").asLong();
        dispatchedToJianwai(ticket);
        dispatch(id, CHAOWAI, "ASSIST");

        assertThat(problem(403, postJson("chaowai", "/api/v1/tickets/" + id + "/exemption", ASKED))).isEqualTo("FORBIDDEN");
        assertThat(problem(404, postJson("wanshoulu", "/api/v1/tickets/" + id + "/exemption", ASKED)))
                .isEqualTo("TICKET_NOT_FOUND");
        expect(200, postJson("op", "/api/v1/tickets/" + id + "/exemption", ASKED));
        assertThat(problem(403, postJson("jianwai", "/api/v1/tickets/" + id + "/exemption/approve", null))).isEqualTo("FORBIDDEN");
        assertThat(problem(403, postJson("op", "/api/v1/tickets/" + id + "/exemption/approve", null))).isEqualTo("FORBIDDEN");
        dispatch(id, WANSHOULU, "ASSIST"); // 海淀's supervisor now sees the ticket, but it is 朝阳's
        assertThat(problem(403, postJson("sup-haidian", "/api/v1/tickets/" + id + "/exemption/approve", null)))
                .isEqualTo("FORBIDDEN");
        expect(200, postJson("sup-city", "/api/v1/tickets/" + id + "/exemption/approve", null));
    }

    @Test
    void aRejectionSaysWhyAndANewRequestMayFollowButNotTwoAtOnceNorAfterApproval() throws Exception {
        JsonNode ticket = newTicket();
        long id = ticket.get("id").asLong();
        dispatchedToJianwai(ticket);
        String ask = "/api/v1/tickets/" + id + "/exemption";

        expect(200, postJson("jianwai", ask, ASKED));
        assertThat(problem(409, postJson("jianwai", ask, ASKED))).isEqualTo("EXEMPTION_PENDING");
        assertThat(problem(400, postJson("sup-chaoyang", ask + "/reject", Map.of("reason", " ")))).isEqualTo("VALIDATION_FAILED");
        JsonNode rejected = expect(200, postJson("sup-chaoyang", ask + "/reject", Map.of("reason", "证据不足")));
        assertThat(rejected.get("exemption").get("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.get("exemption").get("decisionReason").asString()).isEqualTo("证据不足");
        assertThat(rejected.get("exempt").asBoolean()).isFalse();
        assertThat(problem(409, postJson("sup-chaoyang", ask + "/approve", null))).isEqualTo("ILLEGAL_TRANSITION");

        expect(200, postJson("jianwai", ask, Map.of("reasonCode", "LITIGATION", "evidence", "已进入行政复议")));
        expect(200, postJson("sup-chaoyang", ask + "/approve", null));
        assertThat(problem(409, postJson("jianwai", ask, ASKED))).isEqualTo("ALREADY_EXEMPT");
        assertThat(eventTypes(id)).containsSubsequence("EXEMPTION_REQUESTED", "EXEMPTION_REJECTED",
                "EXEMPTION_REQUESTED", "EXEMPTION_APPROVED");
    }

    @Test
    void anUnknownReasonOrNoEvidenceIsRefused() throws Exception {
        long id = newTicket().get("id").asLong();
        String ask = "/api/v1/tickets/" + id + "/exemption";
        assertThat(problem(400, postJson("op", ask, Map.of("reasonCode", "BORED", "evidence", "x")))).isEqualTo("MALFORMED_BODY");
        assertThat(problem(400, postJson("op", ask, Map.of("reasonCode", "DUPLICATE")))).isEqualTo("VALIDATION_FAILED");
        assertThat(problem(400, postJson("op", ask, Map.of("evidence", "重复")))).isEqualTo("VALIDATION_FAILED");
        assertThat(problem(400, getJson("sup-city", "/api/v1/exemptions?status=MAYBE"))).isEqualTo("INVALID_PARAMETER");
    }

    private List<Long> queue(String user) throws Exception {
        JsonNode page = expect(200, getJson(user, "/api/v1/exemptions?size=200"));
        return page.get("content").valueStream().map(t -> t.get("id").asLong()).toList();
    }

    private List<String> eventTypes(long id) throws Exception {
        JsonNode page = expect(200, getJson("op", "/api/v1/tickets/" + id + "/events?size=200"));
        return page.get("content").valueStream().map(e -> e.get("type").asString()).toList();
    }

    private String problem(int status, org.springframework.test.web.servlet.MvcResult result) throws Exception {
        return expect(status, result).get("code").asString();
    }
}
