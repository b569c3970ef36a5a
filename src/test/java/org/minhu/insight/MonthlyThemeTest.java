package org.minhu.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minhu.directory.Role;
import org.minhu.support.ApiTestSupport;
import tools.jackson.databind.JsonNode;

/**
 * 每月一题: dogs off the lead are reported from three streets month after month, a noisy bar from one;
 * the city picks the dogs, the police lead it with a plan and three lists, and each unit ticks off
 * its own tasks while the city watches the tickets by month.
 */
class MonthlyThemeTest extends ApiTestSupport {

    static final String DOGS = "04.05.01";
    static final String BAR = "07.01.01";
    static final String POLICE = "D11000000011";
    static final Instant AUGUST = Instant.parse("2024-08-05T02:00:00Z");

    @BeforeEach
    void world() {
        ensureUsers();
        user("police", Role.HANDLER, POLICE);
    }

    void register(Instant at, String category, String street, String phone) throws Exception {
        clock.set(at);
        String content = category.equals(DOGS) ? "小区里遛狗不拴绳，还随地大小便" : "楼下酒吧夜里音乐声太大，吵得睡不着";
        expect(201, postJson("op", "/api/v1/tickets", Map.of("channel", "PHONE", "type", "COMPLAINT",
                "content", content, "categoryCode", category,
                "requester", Map.of("name", "居民", "phone", phone), "location", Map.of("unitCode", street))));
    }

    @Test
    void theCityPicksTheProblemRaisedInMostStreetsAndWatchesItsTicketsByMonth() throws Exception {
        for (int month = 0; month < 6; month++) {
            Instant at = AUGUST.plus(Duration.ofDays(31L * month));
            List<String> streets = List.of(JIANWAI, CHAOWAI, WANSHOULU);
            for (int s = 0; s < streets.size(); s++) {
                register(at, DOGS, streets.get(s), "1390000" + month + s + "01");
            }
            for (int i = 0; i < 5; i++) {
                register(at.plus(Duration.ofMinutes(i)), BAR, JIANWAI, "1380000" + month + i + "00");
            }
        }
        register(AUGUST.plus(Duration.ofDays(31L * 5 + 1)), DOGS, JIANWAI, "13900000001"); // August's first caller again
        clock.set(Instant.parse("2025-02-10T02:00:00Z"));

        JsonNode candidates = expect(200, getJson("sup-city", "/api/v1/themes/candidates?month=2025-01"));
        JsonNode dogs = candidates.get(0);
        assertThat(dogs.get("categoryCode").asString()).as("raised in most streets first").isEqualTo(DOGS);
        assertThat(dogs.get("spread").asLong()).isEqualTo(3);
        assertThat(dogs.get("volume").asLong()).isEqualTo(4);
        assertThat(dogs.get("trend")).hasSize(6);
        assertThat(dogs.get("trend").get(5).asLong()).isEqualTo(4);
        assertThat(dogs.get("trend").get(0).asLong()).isEqualTo(3);
        assertThat(dogs.get("repeatRate").asDouble()).as("one of four callers had called before").isEqualTo(0.25);
        assertThat(dogs.get("clusters").get(0).get("text").asString()).as("the words that set the dogs apart")
                .isIn("遛狗", "拴绳", "大小便", "随地");
        assertThat(candidates.get(1).get("categoryCode").asString()).isEqualTo(BAR);
        assertThat(candidates.get(1).get("volume").asLong()).isEqualTo(5);

        Map<String, Object> choice = Map.of("month", "2025-01", "categoryCode", DOGS, "title", "不文明养犬专项治理",
                "leadUnitCode", POLICE, "plan", "一方案：三个月内文明养犬宣传与执法并举");
        expect(403, postJson("sup-chaoyang", "/api/v1/themes", choice));
        JsonNode theme = expect(201, postJson("sup-city", "/api/v1/themes", choice));
        assertThat(expect(409, postJson("adm", "/api/v1/themes", choice)).get("code").asString()).isEqualTo("THEME_CHOSEN");
        assertThat(expect(200, getJson("sup-city", "/api/v1/themes/candidates?month=2025-01")).get(0).get("themeId").asLong())
                .isEqualTo(theme.get("id").asLong());
        long id = theme.get("id").asLong();
        expect(200, postJson("sup-city", "/api/v1/themes/" + id + "/tasks", Map.of("list", "POLICY",
                "description", "修订养犬管理规定实施细则", "unitCode", POLICE, "dueOn", "2025-03-31")));
        expect(200, postJson("police", "/api/v1/themes/" + id + "/tasks", Map.of("list", "TASK",
                "description", "各街道开展文明养犬宣传", "unitCode", JIANWAI, "dueOn", "2025-02-05")));
        JsonNode withTasks = expect(200, postJson("police", "/api/v1/themes/" + id + "/tasks", Map.of("list", "RESPONSIBILITY",
                "description", "公安负责执法，街道负责宣传", "unitCode", POLICE, "dueOn", "2025-02-28")));
        assertThat(withTasks.get("tasks")).hasSize(3);
        JsonNode street = withTasks.get("tasks").get(1);
        assertThat(street.get("overdue").asBoolean()).as("due on 5 February, not done on the 10th").isTrue();
        expect(403, postJson("chaowai", "/api/v1/themes/" + id + "/tasks/" + street.get("id").asLong() + "/done", Map.of()));
        JsonNode done = expect(200, postJson("jianwai", "/api/v1/themes/" + id + "/tasks/" + street.get("id").asLong() + "/done",
                Map.of("note", "已在12个社区宣传")));
        assertThat(done.get("tasks").get(1).get("doneBy").asString()).isEqualTo("jianwai");
        assertThat(done.get("months").get(0).asString()).isEqualTo("2024-07");
        assertThat(done.get("tickets").get(1).asLong()).as("August 2024").isEqualTo(3);
        assertThat(done.get("tickets").get(6).asLong()).as("January 2025").isEqualTo(4);
        JsonNode badLead = expect(400, postJson("sup-city", "/api/v1/themes", Map.of("month", "2025-01", "categoryCode", BAR,
                "title", "酒吧噪音", "leadUnitCode", JIANWAI)));
        assertThat(badLead.get("code").asString()).isEqualTo("VALIDATION_FAILED");
    }
}
