package org.minhu.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Handlers must call citizens back: the handler of an accepted assignment reveals the number, and
 * that is recorded; a confidential (保密) number stays with the centre; numbers inside the text are
 * masked like the requester's, at least half their digits whatever their length.
 */
class PhoneRevealTest extends TicketApiTestSupport {

    @Test
    void atLeastHalfOfAnyNumbersDigitsAreHidden() {
        assertThat(PhoneMask.mask("13812345678")).isEqualTo("138******78");
        assertThat(PhoneMask.mask("65123456")).isEqualTo("65****56");
        assertThat(PhoneMask.mask("010-65123456")).isEqualTo("010-******56");
        String masked = PhoneMask.mask("+86 138 1234 5678");
        assertThat(masked.chars().filter(c -> c == '*').count()).isGreaterThanOrEqualTo(7); // 13 digits
        assertThat(PhoneMask.inText("电话13812345678，身份证110105199001011234，座机010-65123456，门牌8号"))
                .isEqualTo("电话138******78，身份证11010*********1234，座机010-******56，门牌8号");
    }

    @Test
    void theHandlerOfAnAcceptedAssignmentRevealsTheNumberAndItIsRecorded() throws Exception {
        JsonNode ticket = newTicket();
        long assignment = dispatchedToJianwai(ticket);
        String reveal = "/api/v1/assignments/" + assignment + "/reveal-phone";

        assertThat(expect(409, postJson("jianwai", reveal, null)).get("code").asString()).isEqualTo("ILLEGAL_TRANSITION");
        act("jianwai", assignment, "accept", null);
        assertThat(expect(404, postJson("chaowai", reveal, null)).get("code").asString()).isEqualTo("ASSIGNMENT_NOT_FOUND");

        assertThat(expect(200, postJson("jianwai", reveal, null)).get("phone").asString()).isEqualTo(PHONE);

        JsonNode events = expect(200, getJson("op", "/api/v1/tickets/" + ticket.get("id").asLong() + "/events"));
        assertThat(events.get("content").toString()).contains("PHONE_REVEALED");
        // the ticket itself still shows the handler a masked number
        assertThat(expect(200, getJson("jianwai", "/api/v1/tickets/" + ticket.get("id").asLong()))
                .at("/requester/phone").asString()).isEqualTo("138******78");
    }

    @Test
    void aConfidentialNumberStaysWithTheCentre() throws Exception {
        JsonNode ticket = expect(201, postJson("op", "/api/v1/tickets", Map.of("channel", "PHONE", "type", "REPORT",
                "content", "举报建外街道某餐馆违规排污，我的电话13912345678，请勿透露",
                "requester", Map.of("name", "匿名", "phone", "13912345678", "confidential", true))));
        long id = ticket.get("id").asLong();
        long assignment = dispatchedToJianwai(ticket);
        act("jianwai", assignment, "accept", null);

        assertThat(expect(409, postJson("jianwai", "/api/v1/assignments/" + assignment + "/reveal-phone", null))
                .get("code").asString()).isEqualTo("CONFIDENTIAL");
        assertThat(expect(200, getJson("op", "/api/v1/tickets/" + id)).at("/requester/phone").asString()).isEqualTo("13912345678");
        for (String viewer : new String[] {"jianwai", "sup-chaoyang", "adm"}) {
            JsonNode seen = expect(200, getJson(viewer, "/api/v1/tickets/" + id));
            assertThat(seen.at("/requester/phone").asString()).as(viewer).isEqualTo("139******78");
            assertThat(seen.get("content").asString()).as(viewer).contains("139******78").doesNotContain("13912345678");
        }
    }

    @Test
    void numbersInRepliesAreMaskedForThoseWhoMayNotSeeThem() throws Exception {
        JsonNode ticket = newTicket();
        long assignment = dispatchedToJianwai(ticket);
        act("jianwai", assignment, "accept", null);
        act("jianwai", assignment, "respond", null);
        act("jianwai", assignment, "complete", Map.of("reply", "已联系施工方负责人，电话13698765432"));

        JsonNode forSupervisor = expect(200, getJson("sup-chaoyang", "/api/v1/tickets/" + ticket.get("id").asLong()));
        assertThat(assignmentOf(forSupervisor, JIANWAI).get("reply").asString()).contains("136******32");
        JsonNode forOperator = expect(200, getJson("op", "/api/v1/tickets/" + ticket.get("id").asLong()));
        assertThat(assignmentOf(forOperator, JIANWAI).get("reply").asString()).contains("13698765432");
    }
}
