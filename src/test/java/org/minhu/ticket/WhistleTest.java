package org.minhu.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minhu.directory.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** 吹哨报到: a street summons departments, they report in within the rule's 30 minutes, and finish with the lead. */
class WhistleTest extends TicketApiTestSupport {

    static final String ENVIRONMENT = "D11000000004";
    static final String MARKET = "D11000000005";
    static final String WATER = "E11000000001";

    @Autowired
    DeadlineSweep sweep;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void departments() {
        user("env", Role.HANDLER, ENVIRONMENT);
        user("market", Role.HANDLER, MARKET);
        user("water", Role.HANDLER, WATER);
    }

    /** A ticket led by 建外街道, accepted; returns its id. */
    long acceptedByJianwai() throws Exception {
        JsonNode ticket = newTicket();
        act("jianwai", dispatchedToJianwai(ticket), "accept", null);
        return ticket.get("id").asLong();
    }

    JsonNode blow(String user, long ticketId, Object body) throws Exception {
        return body(postJson(user, "/api/v1/tickets/" + ticketId + "/whistle", body));
    }

    Map<String, Object> whistle(String... units) {
        return Map.of("type", "TASK", "unitCodes", List.of(units), "note", "施工噪音，需环保和市场监管到场");
    }

    @Test
    void theLeadStreetSummonsDepartmentsWhoMustReportInWithinThirtyMinutes() throws Exception {
        long ticketId = acceptedByJianwai();
        JsonNode whistle = expect(201, postJson("jianwai", "/api/v1/tickets/" + ticketId + "/whistle",
                whistle(ENVIRONMENT, WATER)));

        assertThat(whistle.get("status").asString()).isEqualTo("OPEN");
        assertThat(whistle.get("type").asString()).isEqualTo("TASK");
        assertThat(whistle.get("unitCode").asString()).isEqualTo(JIANWAI);
        assertThat(whistle.get("summoned")).hasSize(2);
        JsonNode env = whistle.get("summoned").get(0);
        assertThat(env.get("unitCode").asString()).isEqualTo(ENVIRONMENT);
        assertThat(env.get("reportDueAt").asString()).isEqualTo(START.plus(Duration.ofMinutes(30)).toString());
        JsonNode ticket = expect(200, getJson("env", "/api/v1/tickets/" + ticketId));
        JsonNode assist = assignmentOf(ticket, ENVIRONMENT);
        assertThat(assist.get("role").asString()).isEqualTo("ASSIST");
        assertThat(assist.get("summons").get("whistleId").asLong()).isEqualTo(whistle.get("id").asLong());
        assertThat(ticket.get("whistles").get(0).get("type").asString()).isEqualTo("TASK");
    }

    @Test
    void aReportInWithinTheLimitIsOnTimeAndAcceptsTheAssignment() throws Exception {
        long ticketId = acceptedByJianwai();
        long whistleId = expect(201, postJson("jianwai", "/api/v1/tickets/" + ticketId + "/whistle",
                whistle(ENVIRONMENT))).get("id").asLong();
        clock.advance(Duration.ofMinutes(20));

        JsonNode reported = expect(200, postJson("env", "/api/v1/whistles/" + whistleId + "/report", Map.of("note", "已到现场")));

        JsonNode env = reported.get("summoned").get(0);
        assertThat(env.get("onTime").asBoolean()).isTrue();
        assertThat(env.get("missed").asBoolean()).isFalse();
        assertThat(env.get("assignmentStatus").asString()).isEqualTo("ACCEPTED");
        assertThat(body(postJson("env", "/api/v1/whistles/" + whistleId + "/report", null)).get("code").asString())
                .isEqualTo("ALREADY_REPORTED");
    }

    @Test
    void theSweepRecordsAMissedReportInOnceAndALateReportIsNotOnTime() throws Exception {
        long ticketId = acceptedByJianwai();
        long whistleId = expect(201, postJson("jianwai", "/api/v1/tickets/" + ticketId + "/whistle",
                whistle(ENVIRONMENT, MARKET))).get("id").asLong();
        clock.advance(Duration.ofMinutes(10));
        postJson("market", "/api/v1/whistles/" + whistleId + "/report", null);
        clock.advance(Duration.ofMinutes(25));

        sweep.sweep();
        sweep.sweep();

        assertThat(jdbc.sql("SELECT a.unit_code FROM deadline_breach b JOIN assignment a ON a.id = b.assignment_id"
                + " WHERE b.ticket_id = :t AND b.step = 'WHISTLE_REPORT'").param("t", ticketId).query(String.class).list())
                .containsExactly(ENVIRONMENT);
        JsonNode late = expect(200, postJson("env", "/api/v1/whistles/" + whistleId + "/report", null));
        JsonNode env = late.get("summoned").get(0);
        assertThat(env.get("onTime").asBoolean()).isFalse();
        assertThat(env.get("missed").asBoolean()).isTrue();
    }

    @Test
    void aSummonedUnitCannotCompleteBeforeTheLeadAndCompletesWithIt() throws Exception {
        long ticketId = acceptedByJianwai();
        long whistleId = expect(201, postJson("jianwai", "/api/v1/tickets/" + ticketId + "/whistle",
                whistle(ENVIRONMENT))).get("id").asLong();
        postJson("env", "/api/v1/whistles/" + whistleId + "/report", null);
        expect(200, postJson("env", "/api/v1/whistles/" + whistleId + "/work", Map.of("note", "已对施工单位立案处罚")));
        JsonNode ticket = expect(200, getJson("env", "/api/v1/tickets/" + ticketId));
        long envAssignment = assignmentOf(ticket, ENVIRONMENT).get("id").asLong();
        assertThat(assignmentOf(ticket, ENVIRONMENT).get("status").asString()).isEqualTo("RESPONDED");

        JsonNode refused = body(postJson("env", "/api/v1/assignments/" + envAssignment + "/complete", Map.of("reply", "完成")));
        assertThat(refused.get("code").asString()).isEqualTo("LEAD_FIRST");

        long lead = assignmentOf(ticket, JIANWAI).get("id").asLong();
        act("jianwai", lead, "respond", null);
        act("jianwai", lead, "complete", Map.of("reply", "施工已停止"));
        JsonNode closed = expect(200, getJson("jianwai", "/api/v1/whistles/" + whistleId));
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        JsonNode after = expect(200, getJson("env", "/api/v1/tickets/" + ticketId));
        assertThat(assignmentOf(after, ENVIRONMENT).get("status").asString()).isEqualTo("COMPLETED");
        assertThat(assignmentOf(after, ENVIRONMENT).get("reply").asString()).isEqualTo("已对施工单位立案处罚");
    }

    @Test
    void onlyTheLeadStreetBlowsAndOnlyDepartmentsAndUtilitiesAreSummoned() throws Exception {
        long ticketId = acceptedByJianwai();
        assertThat(blow("chaowai", ticketId, whistle(ENVIRONMENT)).get("status").asInt()).isEqualTo(404);
        assertThat(blow("op", ticketId, whistle(ENVIRONMENT)).get("status").asInt()).isEqualTo(403);
        assertThat(blow("jianwai", ticketId, whistle(CHAOWAI)).get("code").asString()).isEqualTo("INVALID_UNIT");
        assertThat(blow("jianwai", ticketId, whistle(ENVIRONMENT, ENVIRONMENT)).get("code").asString())
                .isEqualTo("VALIDATION_FAILED");
        assertThat(blow("jianwai", ticketId, Map.of("type", "LOUD", "unitCodes", List.of(ENVIRONMENT), "note", "x"))
                .get("status").asInt()).isEqualTo(400);
        assertThat(blow("jianwai", ticketId, Map.of("type", "DAILY", "unitCodes", List.of(ENVIRONMENT)))
                .get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(jdbc.sql("SELECT count(*) FROM whistle WHERE ticket_id = :t").param("t", ticketId).query(Long.class)
                .single()).isZero();
    }

    @Test
    void aStreetRegistersWhatItFoundOnPatrolAndBlowsTheWhistleOnItAtOnce() throws Exception {
        Map<String, Object> finding = Map.of("type", "EMERGENCY", "unitCodes", List.of(WATER), "note", "路面塌陷，自来水管破裂",
                "content", "建外街道光华路与东三环交叉口路面塌陷，有水涌出", "location", Map.of("address", "光华路东三环路口"));

        JsonNode whistle = expect(201, postJson("jianwai", "/api/v1/whistles", finding));

        JsonNode ticket = expect(200, getJson("water", "/api/v1/tickets/" + whistle.get("ticketId").asLong()));
        assertThat(ticket.get("channel").asString()).isEqualTo("PROACTIVE");
        assertThat(ticket.get("status").asString()).isEqualTo("DISPATCHED");
        assertThat(assignmentOf(ticket, JIANWAI).get("role").asString()).isEqualTo("LEAD");
        assertThat(assignmentOf(ticket, JIANWAI).get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(assignmentOf(ticket, WATER).get("summons").get("whistleId").asLong()).isEqualTo(whistle.get("id").asLong());
        assertThat(whistle.get("type").asString()).isEqualTo("EMERGENCY");
        assertThat(body(postJson("env", "/api/v1/whistles", finding)).get("status").asInt()).isEqualTo(403);
        assertThat(body(postJson("op", "/api/v1/whistles", finding)).get("status").asInt()).isEqualTo(403);
    }

    @Test
    void whistlesAreListedInTheReadersScope() throws Exception {
        long ticketId = acceptedByJianwai();
        long whistleId = expect(201, postJson("jianwai", "/api/v1/tickets/" + ticketId + "/whistle",
                whistle(ENVIRONMENT))).get("id").asLong();

        assertThat(ids(expect(200, getJson("env", "/api/v1/whistles?status=OPEN")))).contains(whistleId);
        assertThat(ids(expect(200, getJson("sup-chaoyang", "/api/v1/whistles?unit=" + JIANWAI)))).contains(whistleId);
        assertThat(ids(expect(200, getJson("chaowai", "/api/v1/whistles")))).doesNotContain(whistleId);
        assertThat(ids(expect(200, getJson("sup-haidian", "/api/v1/whistles")))).doesNotContain(whistleId);
        assertThat(body(getJson("chaowai", "/api/v1/whistles/" + whistleId)).get("status").asInt()).isEqualTo(404);
        assertThat(body(getJson("op", "/api/v1/whistles?from=yesterday")).get("code").asString()).isEqualTo("INVALID_PARAMETER");
        assertThat(body(getJson("op", "/api/v1/whistles?status=LOUD")).get("code").asString()).isEqualTo("INVALID_PARAMETER");
    }

    private static List<Long> ids(JsonNode page) {
        return page.get("content").valueStream().map(w -> w.get("id").asLong()).toList();
    }
}
