package org.minhu.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minhu.support.ApiTestSupport;
import tools.jackson.databind.JsonNode;

/**
 * A week of smoke from a barbecue street in 建外街道 against its quiet weeks before, and three
 * neighbours writing about the same burst pipe: the report finds both, and one click makes the
 * surge a proactive ticket for the street.
 */
class HotspotTest extends ApiTestSupport {

    static final String FUMES = "07.02.01";
    static final String WATER = "06.01.01";
    static final String PARKING = "05.03.02";
    static final Instant WEEK = Instant.parse("2025-06-02T02:00:00Z"); // Monday 10:00 in Beijing

    @BeforeEach
    void world() {
        ensureUsers();
    }

    long register(Instant at, String category, String content, String address) throws Exception {
        clock.set(at);
        return expect(201, postJson("op", "/api/v1/tickets", Map.of("channel", "PHONE", "type", "COMPLAINT",
                "content", content, "categoryCode", category,
                "location", Map.of("address", address, "unitCode", JIANWAI)))).get("id").asLong();
    }

    @Test
    void aSurgeAgainstThePlacesOwnWeeksAndAClusterAtOneAddressAreFoundAndOneClickMakesATicket() throws Exception {
        for (int w = 1; w <= 8; w++) {
            Instant before = WEEK.minus(Duration.ofDays(7L * w)).plus(Duration.ofHours(w));
            register(before, FUMES, "光华路烧烤店油烟扰民第" + w + "周", "朝阳区建外街道光华路" + w + "号");
            for (int k = 0; k < 6; k++) {
                register(before.plus(Duration.ofMinutes(k)), PARKING, "小区停车收费太高" + w + k, "朝阳区建外街道");
            }
        }
        List<Long> week = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            week.add(register(WEEK.plus(Duration.ofHours(i)), FUMES, "光华路烧烤一条街油烟太大" + i, "朝阳区建外街道光华路"));
        }
        for (int i = 0; i < 7; i++) {
            register(WEEK.plus(Duration.ofMinutes(i)), PARKING, "小区停车收费太高" + i, "朝阳区建外街道");
        }
        String pipe = "朝阳区建外街道永安里东区12号楼";
        List<Long> burst = List.of(
                register(WEEK.plus(Duration.ofHours(20)), WATER, "12号楼自来水管爆裂，楼道里全是水，家里停水了", pipe),
                register(WEEK.plus(Duration.ofHours(21)), WATER, "12号楼水管爆裂，楼道全是水，家里也停水了", pipe),
                register(WEEK.plus(Duration.ofHours(22)), WATER, "永安里东区12号楼自来水管爆裂，楼道里都是水，停水", pipe));
        long other = register(WEEK.plus(Duration.ofHours(23)), WATER, "12号楼水费太贵，水表走得快", pipe);
        clock.set(WEEK.plus(Duration.ofDays(2)));

        JsonNode report = expect(200, getJson("op", "/api/v1/hotspots"));
        assertThat(report.get("weekStart").asString()).isEqualTo("2025-06-02");
        JsonNode surge = find(report.get("surges"), s -> s.get("categoryCode").asString().equals(FUMES)
                && s.get("level").asString().equals("STREET"));
        assertThat(surge.get("unitCode").asString()).isEqualTo(JIANWAI);
        assertThat(surge.get("count").asLong()).isEqualTo(8);
        assertThat(surge.get("weeklyMean").asDouble()).isEqualTo(1.0);
        assertThat(surge.get("z").asDouble()).isGreaterThan(3.0);
        assertThat(report.get("surges").findValues("categoryCode").stream().map(JsonNode::asString))
                .as("seven parking complaints against six a week is no surge").doesNotContain(PARKING);
        JsonNode cluster = find(report.get("clusters"), c -> c.get("categoryCode").asString().equals(WATER));
        List<Long> members = new ArrayList<>();
        cluster.get("ticketIds").forEach(id -> members.add(id.asLong()));
        assertThat(members).containsExactlyInAnyOrderElementsOf(burst).doesNotContain(other);

        JsonNode made = expect(201, postJson("op", "/api/v1/hotspots/proactive", Map.of("key", surge.get("key").asString())));
        long ticketId = made.get("ticketId").asLong();
        JsonNode ticket = expect(200, getJson("op", "/api/v1/tickets/" + ticketId));
        assertThat(ticket.get("channel").asString()).isEqualTo("PROACTIVE");
        assertThat(ticket.get("unitCode").asString()).as("led by the street").isEqualTo(JIANWAI);
        assertThat(ticket.get("status").asString()).isEqualTo("DISPATCHED");
        assertThat(expect(201, postJson("op", "/api/v1/hotspots/proactive", Map.of("key", surge.get("key").asString())))
                .get("ticketId").asLong()).as("once per hotspot").isEqualTo(ticketId);
        assertThat(find(expect(200, getJson("op", "/api/v1/hotspots")).get("surges"),
                s -> s.get("key").asString().equals(surge.get("key").asString())).get("proactiveTicketId").asLong())
                .isEqualTo(ticketId);

        expect(403, getJson("jianwai", "/api/v1/hotspots"));
        expect(403, postJson("sup-city", "/api/v1/hotspots/proactive", Map.of("key", surge.get("key").asString())));
        assertThat(expect(200, getJson("sup-haidian", "/api/v1/hotspots?district=" + CHAOYANG)).get("surges"))
                .as("a district supervisor sees their own district").isEmpty();
        assertThat(expect(200, getJson("sup-chaoyang", "/api/v1/hotspots")).get("surges")).isNotEmpty();
    }

    static JsonNode find(JsonNode list, java.util.function.Predicate<JsonNode> test) {
        for (JsonNode n : list) {
            if (test.test(n)) {
                return n;
            }
        }
        throw new AssertionError("none found in " + list);
    }
}
