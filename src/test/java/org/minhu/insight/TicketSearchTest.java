package org.minhu.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TicketSearchTest extends SearchTestSupport {

    @BeforeEach
    void users() {
        ensureUsers();
    }

    /** The words as the address carries them (MockMvc encodes the address itself). */
    static String q(String words) {
        return "q=" + words;
    }

    @Test
    void aTwoCharacterWordFindsTheTicketWithItsPassageMarkedAndTheFacetsCounted() throws Exception {
        JsonNode noisy = ticket("望京西园三区楼下烧烤店夜间噪音扰民，油烟很大", "朝阳区望京西园三区");
        ticket("望京西园三区地下车库停车收费不合理", "朝阳区望京西园三区");
        followNow();

        JsonNode found = search("op", q("噪音"));
        assertThat(found.get("source").asString()).isEqualTo("INDEX");
        assertThat(ids(found)).contains(noisy.get("id").asLong());
        JsonNode hit = hitOf(found, noisy.get("id").asLong());
        assertThat(hit.get("highlight").asString()).contains("<mark>噪音</mark>");
        assertThat(hit.get("number").asString()).isEqualTo(noisy.get("number").asString());
        assertThat(found.get("facets").get("status").get("RECEIVED").asLong()).isPositive();
        assertThat(found.get("facets").get("channel").get("PHONE").asLong()).isEqualTo(found.get("totalElements").asLong());

        JsonNode both = search("op", q("西园三区 停车"));
        assertThat(ids(both)).doesNotContain(noisy.get("id").asLong()).isNotEmpty();
        assertThat(search("op", q("园西")).get("totalElements").asLong()).as("characters out of order do not match").isZero();
    }

    @Test
    void theTicketListsWordsGoThroughTheIndex() throws Exception {
        JsonNode t = ticket("东坝乡单店村路灯不亮已经三天", "朝阳区东坝乡单店村");
        followNow();
        JsonNode list = expect(200, getJson("op", "/api/v1/tickets?" + q("路灯 单店村")));
        assertThat(list.get("content").get(0).get("id").asLong()).isEqualTo(t.get("id").asLong());
        assertThat(list.get("totalElements").asLong()).isEqualTo(1);
    }

    @Test
    void phoneNumbersAreNeverIndexedInClear() throws Exception {
        JsonNode t = ticket("请回电13687654321联系，小区电梯故障困人", "朝阳区");
        followNow();
        assertThat(search("op", q("13687654321")).get("totalElements").asLong()).isZero();
        JsonNode hit = hitOf(search("op", q("电梯故障")), t.get("id").asLong());
        assertThat(hit.get("highlight").asString()).doesNotContain("13687654321").contains("136");
        assertThat(hit.get("content").asString()).as("the operator still reads the number in the ticket itself")
                .contains("13687654321");
    }

    @Test
    void aHandlersSearchNeverReturnsAnotherUnitsTicketEvenOnPage50() throws Exception {
        List<Long> ours = new ArrayList<>();
        for (int i = 0; i < 55; i++) {
            ours.add(dispatched("光华路井盖缺失第" + i + "处，存在安全隐患", JIANWAI).get("id").asLong());
            dispatched("光华路井盖缺失第" + i + "处，存在安全隐患", CHAOWAI);
        }
        followNow();
        assertThat(search("op", q("井盖缺失")).get("totalElements").asLong()).isGreaterThanOrEqualTo(110);
        JsonNode first = search("jianwai", q("井盖缺失") + "&size=1&page=0");
        assertThat(first.get("totalElements").asLong()).isEqualTo(55);
        for (int page : new int[] {0, 25, 49, 50, 54}) {
            JsonNode found = search("jianwai", q("井盖缺失") + "&size=1&page=" + page);
            assertThat(ids(found)).hasSize(1);
            assertThat(ours).contains(ids(found).getFirst());
            assertThat(found.get("facets").get("unit").has(CHAOWAI)).isFalse();
        }
        assertThat(ids(search("jianwai", q("井盖缺失") + "&size=1&page=55"))).isEmpty();
        JsonNode list = expect(200, getJson("jianwai", "/api/v1/tickets?" + q("井盖缺失") + "&size=1&page=50"));
        assertThat(ours).contains(list.get("content").get(0).get("id").asLong());
    }

    @Test
    void aSearchTooDeepOrTooLongIsRefusedWithItsCode() throws Exception {
        JsonNode deep = expect(400, getJson("op", "/api/v1/search?" + q("噪音") + "&size=500&page=40"));
        assertThat(deep.get("code").asString()).isEqualTo("SEARCH_WINDOW");
        JsonNode sort = expect(400, getJson("op", "/api/v1/search?" + q("噪音") + "&sort=oldest"));
        assertThat(sort.get("code").asString()).isEqualTo("INVALID_PARAMETER");
        JsonNode status = expect(400, getJson("op", "/api/v1/search?status=LOST"));
        assertThat(status.get("code").asString()).isEqualTo("INVALID_PARAMETER");
        expect(403, getJson("op", "/api/v1/search/index"));
    }

    static List<Long> ids(JsonNode result) {
        List<Long> ids = new ArrayList<>();
        result.get("content").forEach(t -> ids.add(t.get("id").asLong()));
        return ids;
    }

    static JsonNode hitOf(JsonNode result, long id) {
        for (JsonNode t : result.get("content")) {
            if (t.get("id").asLong() == id) {
                return t;
            }
        }
        throw new AssertionError("ticket " + id + " not found in " + result);
    }
}
