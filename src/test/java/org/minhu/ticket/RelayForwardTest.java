package org.minhu.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minhu.directory.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** 转派: a district's 12345 office forwards a relayed ticket to a street of its own district. */
class RelayForwardTest extends TicketApiTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDistrictOfficeForwardsWithinItsDistrictAndTheRelayClosesWithTheWork() throws Exception {
        user("chaoyang-office", Role.HANDLER, CHAOYANG);
        long id = newTicket().get("id").asLong();
        JsonNode relayed = dispatch(id, CHAOYANG, "LEAD");
        JsonNode relay = assignmentOf(relayed, CHAOYANG);
        assertThat(relay.get("route").asString()).isEqualTo("RELAYED"); // a district only relays
        String forward = "/api/v1/assignments/" + relay.get("id").asLong() + "/forward";

        assertThat(expect(400, postJson("chaoyang-office", forward, Map.of("unitCode", WANSHOULU))).get("code").asString())
                .isEqualTo("INVALID_UNIT"); // another district's street
        assertThat(expect(404, postJson("jianwai", forward, Map.of("unitCode", JIANWAI))).get("code").asString())
                .isEqualTo("ASSIGNMENT_NOT_FOUND"); // not the street's to forward
        JsonNode forwarded = expect(200, postJson("chaoyang-office", forward, Map.of("unitCode", JIANWAI, "role", "LEAD")));

        assertThat(forwarded.get("unitCode").asString()).isEqualTo(JIANWAI);
        assertThat(assignmentOf(forwarded, CHAOYANG).get("status").asString()).isEqualTo("ACCEPTED");
        long street = assignmentOf(forwarded, JIANWAI).get("id").asLong();
        assertThat(assignmentOf(forwarded, JIANWAI).get("route").asString()).isEqualTo("RELAYED");

        long relayId = relay.get("id").asLong();
        act("chaoyang-office", relayId, "respond", null);
        assertThat(expect(409, postJson("chaoyang-office", "/api/v1/assignments/" + relayId + "/complete",
                Map.of("reply", "已转街道"))).get("code").asString()).isEqualTo("FORWARDED");

        completeByJianwai(street);
        JsonNode done = expect(200, getJson("op", "/api/v1/tickets/" + id));
        assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(assignmentOf(done, CHAOYANG).get("status").asString()).isEqualTo("COMPLETED");
    }

    @Test
    void aCommunityTakesNoAssignment() throws Exception {
        String community = jdbc.sql("SELECT code FROM unit WHERE kind = 'COMMUNITY' AND parent_code = :street LIMIT 1")
                .param("street", JIANWAI).query(String.class).single();
        long id = newTicket().get("id").asLong();

        JsonNode problem = expect(400, postJson("op", "/api/v1/tickets/" + id + "/dispatch", Map.of("unitCode", community)));

        assertThat(problem.get("code").asString()).isEqualTo("INVALID_UNIT");
        assertThat(problem.get("detail").asString()).isEqualTo("社区不接派单：请派给它所在的街道或乡镇");
    }
}
