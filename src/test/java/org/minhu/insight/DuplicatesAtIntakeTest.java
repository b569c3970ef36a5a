package org.minhu.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Ten neighbours report the same broken pipe: the operator is shown the open tickets it may duplicate. */
class DuplicatesAtIntakeTest extends SearchTestSupport {

    static final String ADDRESS = "朝阳区建外街道永安里东区12号楼";

    @BeforeEach
    void world() {
        clock.set(START);
        ensureUsers();
    }

    JsonNode register(String content, String address, String category, Double lat, Double lng) throws Exception {
        Map<String, Object> location = new HashMap<>();
        location.put("address", address);
        if (lat != null) {
            location.put("lat", lat);
            location.put("lng", lng);
        }
        Map<String, Object> body = new HashMap<>(Map.of("channel", "PHONE", "type", "COMPLAINT", "content", content,
                "requester", Map.of("name", "张先生", "phone", "13900001111"), "location", location));
        if (category != null) {
            body.put("categoryCode", category);
        }
        return expect(201, postJson("op", "/api/v1/tickets", body));
    }

    static List<Long> ids(JsonNode duplicates) {
        List<Long> ids = new ArrayList<>();
        duplicates.forEach(d -> ids.add(d.get("id").asLong()));
        return ids;
    }

    @Test
    void theSameMatterAtTheSamePlaceIsProposedBestFirstWithWhy() throws Exception {
        JsonNode first = register("永安里东区12号楼自来水管爆裂，楼道里全是水，已经停水了", ADDRESS, "06.01.01", null, null);
        JsonNode second = register("12号楼水管爆了，楼道积水，家里停水", ADDRESS, "06.01.01", null, null);
        JsonNode elsewhere = register("永安里东区12号楼自来水管爆裂，楼道里全是水，已经停水了", "海淀区万寿路街道翠微路2号院",
                "06.01.01", null, null);
        JsonNode otherMatter = register("12号楼楼下烧烤店油烟扰民", ADDRESS, "07.02.01", null, null);
        followNow();

        JsonNode third = register("永安里东区12号楼水管爆裂停水了，楼道都是水", ADDRESS, "06.01.01", null, null);
        List<Long> proposed = ids(third.get("duplicates"));
        assertThat(proposed).contains(first.get("id").asLong(), second.get("id").asLong())
                .doesNotContain(elsewhere.get("id").asLong(), otherMatter.get("id").asLong(), third.get("id").asLong());
        assertThat(proposed.getFirst()).as("the most alike first").isEqualTo(first.get("id").asLong());
        JsonNode best = third.get("duplicates").get(0);
        assertThat(best.get("number").asString()).isEqualTo(first.get("number").asString());
        assertThat(best.get("score").asDouble()).isBetween(0.35, 1.0);
        assertThat(best.get("reasons").toString()).contains("SAME_ADDRESS", "SAME_CATEGORY", "SIMILAR_TEXT");
        assertThat(best.get("reason").asString()).contains("same address");

        // later, from the ticket itself: the tickets before it, never those after
        List<Long> before = ids(expect(200, getJson("op", "/api/v1/tickets/" + second.get("id").asLong() + "/duplicates")));
        assertThat(before).contains(first.get("id").asLong()).doesNotContain(third.get("id").asLong());
        assertThat(ids(expect(200, getJson("op", "/api/v1/tickets/" + first.get("id").asLong() + "/duplicates")))).isEmpty();
        expect(403, getJson("jianwai", "/api/v1/tickets/" + first.get("id").asLong() + "/duplicates"));
    }

    @Test
    void aPointWithinTheRadiusCountsAsTheSamePlaceAndOldTicketsDoNot() throws Exception {
        JsonNode near = register("光华路口井盖缺失，晚上很危险，车辆容易掉进去", "朝阳区光华路与东三环路口", null, 39.9130, 116.4590);
        register("光华路口井盖缺失，晚上很危险", "朝阳区光华路与东三环路口西侧", null, 39.9300, 116.4590); // 1.9 km north
        followNow();
        JsonNode fresh = register("光华路东三环口井盖丢了，晚上危险", "东三环光华桥下", null, 39.9140, 116.4592);
        assertThat(ids(fresh.get("duplicates"))).containsExactly(near.get("id").asLong());
        assertThat(fresh.get("duplicates").get(0).get("metres").asInt()).isBetween(100, 130);

        clock.advance(Duration.ofDays(8)); // past the seven days' window
        JsonNode late = register("光华路东三环口井盖丢了，晚上危险", "东三环光华桥下", null, 39.9140, 116.4592);
        assertThat(ids(late.get("duplicates"))).doesNotContain(near.get("id").asLong());
    }

    @Test
    void mergesIntoAProposalAreCountedAsItsPrecision() throws Exception {
        clock.set(START.plus(Duration.ofDays(30)));
        JsonNode parent = register("团结湖北里3号楼电梯坏了一周没人修，老人上不了楼", "朝阳区团结湖北里3号楼", null, null, null);
        followNow();
        JsonNode child = register("团结湖北里3号楼电梯坏了一周没人修", "朝阳区团结湖北里3号楼", null, null, null);
        assertThat(ids(child.get("duplicates"))).containsExactly(parent.get("id").asLong());
        JsonNode alone = register("团结湖北里3号楼电梯坏了，一直没人修", "朝阳区团结湖北里3号楼", null, null, null);
        expect(200, postJson("op", "/api/v1/tickets/" + child.get("id").asLong() + "/merge",
                Map.of("parentId", parent.get("id").asLong())));
        expect(200, postJson("op", "/api/v1/tickets/" + alone.get("id").asLong() + "/answer", Map.of("answer", "已告知物业")));
        JsonNode precision = expect(200, getJson("op", "/api/v1/duplicates/precision?from=2025-04-01"));
        assertThat(precision.get("proposedTickets").asLong()).isEqualTo(2);
        assertThat(precision.get("mergedIntoFirst").asLong()).isEqualTo(1);
        assertThat(precision.get("notMerged").asLong()).isEqualTo(1);
        assertThat(precision.get("firstPrecision").asDouble()).isEqualTo(0.5);
        expect(403, getJson("jianwai", "/api/v1/duplicates/precision"));
    }
}
