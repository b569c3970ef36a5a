package org.minhu.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The one visibility rule, for every role: the tickets a user finds in the list are exactly those
 * they may open, and they are the ones the rule says.
 */
class TicketVisibilityTest extends TicketApiTestSupport {

    private static final List<String> EVERYONE = List.of("op", "adm", "jianwai", "chaowai", "wanshoulu",
            "sup-chaoyang", "sup-haidian", "sup-city");

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyRoleFindsExactlyTheTicketsItMayOpen() throws Exception {
        // every one names 建外街道 in its address, so each is 朝阳's ticket whatever unit it goes to
        long received = newTicket().get("id").asLong();
        long inChaoyang = newTicket().get("id").asLong();
        dispatchedToJianwai(expect(200, getJson("op", "/api/v1/tickets/" + inChaoyang)));
        long inHaidian = newTicket().get("id").asLong();
        dispatch(inHaidian, WANSHOULU, "LEAD");
        long assistedFromChaowai = newTicket().get("id").asLong();
        dispatch(assistedFromChaowai, WANSHOULU, "LEAD");
        dispatch(assistedFromChaowai, CHAOWAI, "ASSIST");
        Set<Long> mine = Set.of(received, inChaoyang, inHaidian, assistedFromChaowai);

        Map<String, Set<Long>> expected = new HashMap<>();
        expected.put("op", mine);
        expected.put("adm", mine);
        expected.put("sup-city", mine);
        expected.put("jianwai", Set.of(inChaoyang));
        expected.put("chaowai", Set.of(assistedFromChaowai));
        expected.put("wanshoulu", Set.of(inHaidian, assistedFromChaowai));
        expected.put("sup-chaoyang", mine);
        expected.put("sup-haidian", Set.of(inHaidian, assistedFromChaowai));

        for (String user : EVERYONE) {
            Set<Long> listed = listed(user, mine);
            Set<Long> opened = new TreeSet<>();
            for (long id : mine) {
                int status = getJson(user, "/api/v1/tickets/" + id).getResponse().getStatus();
                assertThat(status).as(user + " opens " + id).isIn(200, 404);
                if (status == 200) {
                    opened.add(id);
                }
            }
            assertThat(listed).as(user + " lists").isEqualTo(opened).containsExactlyInAnyOrderElementsOf(expected.get(user));
        }
    }

    @Test
    void aSupervisorsViewDoesNotMoveWhenTheDirectoryDoes() throws Exception {
        long id = newTicket().get("id").asLong();
        dispatch(id, WANSHOULU, "LEAD");
        // the unit is moved to another district afterwards: the assignment keeps the district it was dispatched in
        jdbc.sql("UPDATE unit SET district_code = :chaoyang WHERE code = :unit")
                .param("chaoyang", CHAOYANG).param("unit", WANSHOULU).update();
        try {
            assertThat(listed("sup-haidian", Set.of(id))).containsExactly(id);
            assertThat(getJson("sup-haidian", "/api/v1/tickets/" + id).getResponse().getStatus()).isEqualTo(200);
        } finally {
            jdbc.sql("UPDATE unit SET district_code = :haidian WHERE code = :unit")
                    .param("haidian", HAIDIAN).param("unit", WANSHOULU).update();
        }
    }

    private Set<Long> listed(String user, Set<Long> among) throws Exception {
        Set<Long> listed = new TreeSet<>();
        JsonNode page = expect(200, getJson(user, "/api/v1/tickets?size=500&from=2025-03-03&to=2025-03-04"));
        for (JsonNode t : page.get("content")) {
            if (among.contains(t.get("id").asLong())) {
                listed.add(t.get("id").asLong());
            }
        }
        return listed;
    }
}
