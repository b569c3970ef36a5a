package org.minhu.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minhu.support.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Who handled this category at this place before: the history rule. */
class RoutingHistoryTest extends ApiTestSupport {

    static final String CATEGORY = "04.01.02";
    static final String COMMUNITY = "110105002024"; // 体东社区, under 朝外街道

    @Autowired
    RoutingHistory history;
    @Autowired
    Categories categories;

    @Test
    void theUnitThatLedThisCategoryAtThisCommunityBeforeIsProposedAsSureAsItsShare() throws Exception {
        ensureUsers();
        for (int i = 0; i < 2; i++) {
            completedBy(CHAOWAI, "chaowai", CATEGORY, COMMUNITY, "朝外大街" + i + "号");
        }
        completedBy(JIANWAI, "jianwai", CATEGORY, COMMUNITY, "朝外大街9号");
        completedBy(JIANWAI, "jianwai", "04.01.01", COMMUNITY, "朝外大街9号"); // another category

        var units = history.handled(List.of(CATEGORY), COMMUNITY, null, code -> code);
        assertThat(units).extracting(u -> u.unitCode() + "@" + u.confidence() + "@" + u.reason())
                .containsExactly(CHAOWAI + "@0.667@HISTORY", JIANWAI + "@0.333@HISTORY");
        // the very same address elsewhere counts too; an unknown place has no history
        assertThat(history.handled(List.of("04.01.01"), null, "朝外大街9号", code -> code)).extracting(ProposedUnit::unitCode)
                .containsExactly(JIANWAI);
        assertThat(history.handled(List.of(CATEGORY), "110105003041", "别处", code -> code)).isEmpty();
        assertThat(history.handled(List.of(), COMMUNITY, null, code -> code)).isEmpty();
        // a second level proposed by the classifier counts the tickets of every leaf under it
        var above = history.handled(categories.withDescendants("04.01"), COMMUNITY, null, code -> code);
        assertThat(above).extracting(ProposedUnit::unitCode).containsExactlyInAnyOrder(CHAOWAI, JIANWAI);
        assertThat(above.stream().filter(u -> u.unitCode().equals(JIANWAI)).findFirst().orElseThrow().confidence())
                .isGreaterThan(0.333); // its 04.01.01 ticket counts too
    }

    @Autowired
    Places places;

    @Test
    void aPlaceComesFromTheAddressThenThePointThenEarlierTicketsAtTheSameAddress() throws Exception {
        ensureUsers();
        var named = places.locate("建外街道永安里社区12号楼", null, 39.9599, 116.2981).orElseThrow();
        assertThat(named).isEqualTo(new SuggestedPlace(CHAOYANG, JIANWAI, "110105001026", "ADDRESS", 0.97));
        var point = places.locate("某小区", "", 39.9599, 116.2981).orElseThrow();
        assertThat(point.source() + "@" + point.districtCode()).isEqualTo("POINT@" + HAIDIAN);
        assertThat(places.locate("某小区", "", null, null)).isEmpty();

        completedBy(CHAOWAI, "chaowai", "04.01.01", COMMUNITY, "光华里甲8号院"); // not the other test's category
        var earlier = places.locate("光华里甲8号院", "", null, null).orElseThrow();
        assertThat(earlier).isEqualTo(new SuggestedPlace(CHAOYANG, CHAOWAI, COMMUNITY, "HISTORY", 0.8));
    }

    private void completedBy(String unit, String handler, String category, String community, String address) throws Exception {
        long id = expect(201, postJson("op", "/api/v1/tickets", Map.of("channel", "PHONE", "type", "COMPLAINT",
                "content", "垃圾清运不及时", "categoryCode", category, "requester", Map.of("name", "孙女士"),
                "location", Map.of("address", address, "unitCode", community)))).get("id").asLong();
        JsonNode ticket = expect(200, postJson("op", "/api/v1/tickets/" + id + "/dispatch",
                Map.of("unitCode", unit, "role", "LEAD", "route", "DIRECT")));
        long assignment = ticket.get("assignments").get(0).get("id").asLong();
        for (String step : new String[] {"accept", "respond"}) {
            expect(200, postJson(handler, "/api/v1/assignments/" + assignment + "/" + step, null));
        }
        expect(200, postJson(handler, "/api/v1/assignments/" + assignment + "/complete", Map.of("reply", "已清运")));
    }
}
