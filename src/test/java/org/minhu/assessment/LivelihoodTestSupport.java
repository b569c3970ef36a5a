package org.minhu.assessment;

import java.time.Instant;
import java.util.Map;
import org.minhu.support.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Three months of known requests in 延庆区 (345,000 residents), registered through the API:
 * October 2023, September 2023 and October 2022; nothing else of the tests happens in them.
 *
 * <pre>
 * 2023-10  百泉 (its community 湖南社区): 养老驿站 × 2 (one at 00:30 on the 1st, city time), and a
 *          third merged into the first; 百泉: 加装电梯 (HOUSING and ELDERLY), 其他诉求 (no dimension);
 *          香水园: 老年餐桌 (23:59 on the 31st), 幼儿园入园, one without category; the district only:
 *          高龄津贴; 香水园 at 00:00 on 1 November: 养老驿站 (not October's); 朝阳 建外: 养老驿站
 * 2023-09  百泉: 养老驿站 × 2 (one at 23:00 on the 30th), 幼儿园入园
 * 2022-10  香水园: 养老机构 × 4; 百泉: 幼儿园入园 × 2
 * </pre>
 */
public abstract class LivelihoodTestSupport extends ApiTestSupport {

    public static final String YANQING = "110119000000";
    public static final String BAIQUAN = "110119001000";
    public static final String HUNAN_COMMUNITY = "110119001001";
    public static final String XIANGSHUIYUAN = "110119002000";
    public static final String CONTENT = "延庆民生监测样本";

    @Autowired
    protected JdbcClient jdbc;

    /** The three months built, and the clock on 7 December 2026, after all of them. */
    protected void monthsBuiltAndClockAfterThem() throws Exception {
        buildMonths();
        clock.set(Instant.parse("2026-12-07T02:00:00Z"));
    }

    @org.junit.jupiter.api.AfterEach
    void clockBackToStart() {
        clock.set(START);
    }

    /** Builds the three months unless an earlier test did (the tests share one database). */
    public void buildMonths() throws Exception {
        ensureUsers();
        if (jdbc.sql("SELECT count(*) FROM ticket WHERE content = :c").param("c", CONTENT).query(Long.class).single() > 0) {
            return;
        }
        long first = request("2023-09-30T16:30:00Z", "11.01.01", HUNAN_COMMUNITY);
        request("2023-10-10T02:00:00Z", "11.01.01", HUNAN_COMMUNITY);
        long duplicate = request("2023-10-13T02:00:00Z", "11.01.01", BAIQUAN);
        expect(200, postJson("op", "/api/v1/tickets/" + duplicate + "/merge", Map.of("parentId", first)));
        request("2023-10-11T02:00:00Z", "03.03.01", BAIQUAN);
        request("2023-10-11T03:00:00Z", "16.03.01", BAIQUAN);
        request("2023-10-31T15:59:00Z", "11.01.02", XIANGSHUIYUAN);
        request("2023-10-16T02:00:00Z", "09.01.02", XIANGSHUIYUAN);
        request("2023-10-17T02:00:00Z", null, XIANGSHUIYUAN);
        request("2023-10-12T02:00:00Z", "11.01.03", YANQING);
        request("2023-10-31T16:00:00Z", "11.01.01", XIANGSHUIYUAN);
        request("2023-10-18T02:00:00Z", "11.01.01", JIANWAI);
        request("2023-09-05T02:00:00Z", "11.01.01", BAIQUAN);
        request("2023-09-30T15:00:00Z", "11.01.01", BAIQUAN);
        request("2023-09-06T02:00:00Z", "09.01.02", BAIQUAN);
        for (int i = 0; i < 4; i++) {
            request("2022-10-1" + i + "T02:00:00Z", "11.01.04", XIANGSHUIYUAN);
        }
        request("2022-10-20T02:00:00Z", "09.01.02", BAIQUAN);
        request("2022-10-21T02:00:00Z", "09.01.02", BAIQUAN);
    }

    /** A request registered at the moment, in the category (null: none), located in the unit. */
    public long request(String at, String category, String unit) throws Exception {
        clock.set(Instant.parse(at));
        var body = new java.util.HashMap<String, Object>(Map.of("channel", "PHONE", "type", "HELP", "content", CONTENT,
                "location", Map.of("address", "北京市", "unitCode", unit)));
        if (category != null) {
            body.put("categoryCode", category);
        }
        return expect(201, postJson("op", "/api/v1/tickets", body)).get("id").asLong();
    }

    public static JsonNode dimension(JsonNode month, String code) {
        return month.get("dimensions").valueStream().filter(d -> d.get("code").asString().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no dimension " + code + " in " + month));
    }
}
