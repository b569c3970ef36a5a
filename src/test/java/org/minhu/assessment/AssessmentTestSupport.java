package org.minhu.assessment;

import java.time.Instant;
import java.util.Map;
import org.minhu.support.ApiTestSupport;
import tools.jackson.databind.JsonNode;

/**
 * Builds a month of known outcomes through the API, as the assessment tests read it:
 * 建外街道 A yes/satisfied, B partly/basically, C never responded, D exempted, E exemption rejected;
 * 朝外街道 two perfect tickets; 万寿路街道 one, the citizen unreachable; the centre three answered on
 * the call, all resolved and satisfied, one of them located in 万寿路's first community.
 */
public abstract class AssessmentTestSupport extends ApiTestSupport {

    protected static final String CENTRE = "110000000000";

    /** Whether the month starting at {@code start} was built already (the tests share one database). */
    protected boolean built(org.springframework.jdbc.core.simple.JdbcClient jdbc, Instant start, Instant end) {
        return jdbc.sql("SELECT count(*) FROM ticket WHERE created_at >= :at AND created_at < :end AND content = '小区路灯不亮'")
                .param("at", java.sql.Timestamp.from(start)).param("end", java.sql.Timestamp.from(end))
                .query(Long.class).single() > 0;
    }

    /** The standard month, all of it at the clock's present moment. */
    protected void buildMonth() throws Exception {
        lived(JIANWAI, "jianwai", Map.of("resolved", "YES", "satisfied", "SATISFIED"), null);
        lived(JIANWAI, "jianwai", Map.of("resolved", "PARTLY", "satisfied", "BASICALLY"), null);
        long c = newTicket();
        dispatch(c, JIANWAI);
        lived(JIANWAI, "jianwai", Map.of("resolved", "NO", "satisfied", "DISSATISFIED"), "approve");
        lived(JIANWAI, "jianwai", Map.of("resolved", "NO", "satisfied", "DISSATISFIED"), "reject");
        lived(CHAOWAI, "chaowai", Map.of("resolved", "YES", "satisfied", "SATISFIED"), null);
        lived(CHAOWAI, "chaowai", Map.of("resolved", "YES", "satisfied", "SATISFIED"), null);
        lived(WANSHOULU, "wanshoulu", Map.of("unreachable", true), null);
        // a request located in a community of 万寿路, answered on the call, resolved and satisfied
        long located = newTicket(firstCommunityOf(WANSHOULU));
        expect(200, postJson("op", "/api/v1/tickets/" + located + "/answer", Map.of("answer", "已告知办理流程")));
        expect(200, postJson("op", "/api/v1/tickets/" + located + "/callback", Map.of("resolved", "YES", "satisfied", "SATISFIED")));
        for (int i = 0; i < 2; i++) {
            long answered = newTicket();
            expect(200, postJson("op", "/api/v1/tickets/" + answered + "/answer", Map.of("answer", "已告知办理流程")));
            expect(200, postJson("op", "/api/v1/tickets/" + answered + "/callback",
                    Map.of("resolved", "YES", "satisfied", "SATISFIED")));
        }
    }

    protected static JsonNode row(JsonNode month, String unit) {
        return month.get("content").valueStream().filter(r -> r.get("unitCode").asString().equals(unit)).findFirst()
                .orElseThrow(() -> new AssertionError("no row of " + unit + " in " + month));
    }

    /** A ticket the unit takes through to completion, called back; an exemption asked and decided if said. */
    protected void lived(String unit, String handler, Map<String, Object> callback, String exemption) throws Exception {
        long id = newTicket();
        long assignment = dispatch(id, unit);
        for (String step : new String[] {"accept", "respond"}) {
            expect(200, postJson(handler, "/api/v1/assignments/" + assignment + "/" + step, null));
        }
        expect(200, postJson(handler, "/api/v1/assignments/" + assignment + "/complete", Map.of("reply", "已处理")));
        expect(200, postJson("op", "/api/v1/tickets/" + id + "/callback", callback));
        if (exemption != null) {
            expect(200, postJson(handler, "/api/v1/tickets/" + id + "/exemption",
                    Map.of("reasonCode", "UNREASONABLE", "evidence", "已解释")));
            String supervisor = unit.startsWith("110105") ? "sup-chaoyang" : "sup-haidian";
            expect(200, postJson(supervisor, "/api/v1/tickets/" + id + "/exemption/" + exemption,
                    exemption.equals("reject") ? Map.of("reason", "证据不足") : null));
        }
    }

    protected long newTicket() throws Exception {
        return newTicket(null);
    }

    protected long newTicket(String community) throws Exception {
        Map<String, Object> location = community == null ? Map.of("address", "北京市")
                : Map.of("address", "北京市海淀区万寿路街道", "unitCode", community);
        return expect(201, postJson("op", "/api/v1/tickets", Map.of("channel", "PHONE", "type", "COMPLAINT",
                "content", "小区路灯不亮", "requester", Map.of("name", "李先生", "phone", "13700001111"),
                "location", location))).get("id").asLong();
    }

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.jdbc.core.simple.JdbcClient directory;

    protected String firstCommunityOf(String street) {
        return directory.sql("SELECT code FROM unit WHERE kind = 'COMMUNITY' AND parent_code = :s ORDER BY code LIMIT 1")
                .param("s", street).query(String.class).single();
    }

    protected long dispatch(long id, String unit) throws Exception {
        JsonNode ticket = expect(200, postJson("op", "/api/v1/tickets/" + id + "/dispatch",
                Map.of("unitCode", unit, "role", "LEAD", "route", "DIRECT")));
        return ticket.get("assignments").get(0).get("id").asLong();
    }
}
