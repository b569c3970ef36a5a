package org.minhu.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.minhu.platform.MinhuSettings;
import org.minhu.ticket.AssignmentStatus;
import org.minhu.ticket.Channel;
import org.minhu.ticket.RequestType;
import org.minhu.ticket.TicketStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** The demo's tickets, checked for variety and truth. */
class DemoLoadTest extends DemoLoaded {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoLoader loader;
    @Autowired
    MinhuSettings settings;

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private Set<String> values(String sql) {
        return Set.copyOf(jdbc.sql(sql).query(String.class).list());
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toSet());
    }

    @Test
    void loadsTicketsInEveryStateThroughEveryChannel() {
        long tickets = settings.demo().tickets();
        assertThat(count("SELECT count(*) FROM ticket")).isEqualTo(tickets);
        assertThat(values("SELECT DISTINCT status FROM ticket")).isEqualTo(names(TicketStatus.values()));
        assertThat(values("SELECT DISTINCT channel FROM ticket")).isEqualTo(names(Channel.values()));
        assertThat(values("SELECT DISTINCT type FROM ticket")).isEqualTo(names(RequestType.values()));
        assertThat(values("SELECT DISTINCT status FROM assignment")).isEqualTo(names(AssignmentStatus.values()));
        assertThat(values("SELECT DISTINCT role || route FROM assignment"))
                .contains("LEADDIRECT", "LEADRELAYED", "ASSISTDIRECT");
        assertThat(values("SELECT DISTINCT extension_status FROM assignment WHERE extension_status IS NOT NULL"))
                .contains("REQUESTED", "APPROVED");
        assertThat(values("SELECT DISTINCT urgency FROM ticket")).contains("NORMAL", "URGENT", "COMPLEX");
        assertThat(count("SELECT count(*) FROM ticket WHERE supervised")).isPositive();
        // about half answered by the operator
        double answered = count("SELECT count(*) FROM ticket WHERE answered_at IS NOT NULL") / (double) tickets;
        assertThat(answered).isBetween(0.40, 0.60);
        // phone about 60 %
        double phone = count("SELECT count(*) FROM ticket WHERE channel = 'PHONE'") / (double) tickets;
        assertThat(phone).isBetween(0.54, 0.66);
    }

    @Test
    void agesShapeTheStates() {
        // old tickets mostly closed, the last day's mostly still open
        double oldClosed = jdbc.sql("""
                SELECT avg(CASE WHEN status IN ('CLOSED','MERGED','TERMINATED') THEN 1.0 ELSE 0 END) FROM ticket
                WHERE created_at < TIMESTAMPTZ '2025-03-03 10:00+08' - interval '20 days'""").query(Double.class).single();
        double recentOpen = jdbc.sql("""
                SELECT avg(CASE WHEN status IN ('RECEIVED','DISPATCHED','COMPLETED','ANSWERED') THEN 1.0 ELSE 0 END) FROM ticket
                WHERE created_at > TIMESTAMPTZ '2025-03-03 10:00+08' - interval '1 day'""").query(Double.class).single();
        assertThat(oldClosed).isGreaterThan(0.85);
        assertThat(recentOpen).isGreaterThan(0.6);
        // a share is overdue now
        assertThat(count("""
                SELECT count(*) FROM assignment WHERE status IN ('PENDING','ACCEPTED','RESPONDED','RETURN_REQUESTED')
                AND (complete_due_at < TIMESTAMPTZ '2025-03-03 10:00+08'
                     OR (responded_at IS NULL AND respond_due_at < TIMESTAMPTZ '2025-03-03 10:00+08'))""")).isPositive();
        // reopened tickets have a second lead assignment
        assertThat(count("SELECT count(*) FROM ticket WHERE reopen_count > 0")).isPositive();
        assertThat(count("""
                SELECT count(*) FROM ticket t WHERE t.reopen_count > 0 AND t.lead_unit_code IS NOT NULL
                AND (SELECT count(*) FROM assignment a WHERE a.ticket_id = t.id AND a.role = 'LEAD') < 2
                AND t.answered_at IS NULL""")).isZero();
        // merged tickets point at a parent in the set
        assertThat(count("SELECT count(*) FROM ticket WHERE status = 'MERGED' AND parent_id IS NULL")).isZero();
        assertThat(count("""
                SELECT count(*) FROM ticket c JOIN ticket p ON p.id = c.parent_id
                WHERE p.status IN ('MERGED','TERMINATED')""")).isZero();
        // every category is a leaf of the taxonomy
        assertThat(count("""
                SELECT count(*) FROM ticket t LEFT JOIN category c ON c.code = t.category_code
                WHERE c.code IS NULL OR c.level <> 3""")).isZero();
    }

    @Test
    void callbacksMixAsPlanned() {
        Map<String, Long> resolved = group("SELECT coalesce(resolved, 'UNREACHABLE') AS k, count(*) AS n FROM callback GROUP BY 1");
        Map<String, Long> satisfied = group("SELECT satisfied AS k, count(*) AS n FROM callback WHERE NOT unreachable GROUP BY 1");
        long all = resolved.values().stream().mapToLong(Long::longValue).sum();
        long reached = all - resolved.getOrDefault("UNREACHABLE", 0L);
        assertThat(all).isGreaterThan(1500);
        assertThat(share(resolved.get("UNREACHABLE"), all)).isBetween(0.03, 0.07);
        assertThat(share(resolved.get("YES"), reached)).isBetween(0.70, 0.80);
        assertThat(share(resolved.get("PARTLY"), reached)).isBetween(0.08, 0.16);
        assertThat(share(resolved.get("NO"), reached)).isBetween(0.09, 0.17);
        assertThat(share(satisfied.get("SATISFIED"), reached)).isBetween(0.65, 0.75);
        assertThat(share(satisfied.get("BASICALLY"), reached)).isBetween(0.14, 0.22);
        assertThat(share(satisfied.get("DISSATISFIED"), reached)).isBetween(0.08, 0.16);
        // the units that lag every month do worse than the rest
        double laggards = resolutionOf("IN");
        double others = resolutionOf("NOT IN");
        assertThat(laggards).isLessThan(others - 0.15);
    }

    private double resolutionOf(String in) {
        return jdbc.sql("""
                SELECT avg(CASE WHEN c.resolved = 'YES' THEN 1.0 ELSE 0 END) FROM callback c
                JOIN ticket t ON t.id = c.ticket_id JOIN unit u ON u.code = t.lead_unit_code
                WHERE NOT c.unreachable AND u.name %s (:always)
                """.formatted(in)).param("always", Laggards.ALWAYS).query(Double.class).single();
    }

    @Test
    void eventLogReadsTrue() {
        assertThat(count("""
                SELECT count(*) FROM ticket t WHERE (SELECT count(*) FROM ticket_event e
                  WHERE e.ticket_id = t.id AND e.type = 'CREATED') <> 1""")).isZero();
        for (String status : List.of("CLOSED", "MERGED", "TERMINATED", "ANSWERED", "COMPLETED")) {
            String event = status;
            assertThat(count("""
                    SELECT count(*) FROM ticket t WHERE t.status = '%s' AND NOT EXISTS
                      (SELECT 1 FROM ticket_event e WHERE e.ticket_id = t.id AND e.type = '%s')""".formatted(status, event)))
                    .as(status).isZero();
        }
        // the last event of a closed ticket is its closing (a duplicate may still be merged into it
        // later, and its exemption asked and decided)
        assertThat(count("""
                SELECT count(*) FROM ticket t WHERE t.status = 'CLOSED' AND (SELECT e.type FROM ticket_event e
                  WHERE e.ticket_id = t.id AND e.type NOT IN ('DUPLICATE_MERGED', 'EXEMPTION_REQUESTED',
                  'EXEMPTION_APPROVED', 'EXEMPTION_REJECTED') ORDER BY e.id DESC LIMIT 1) <> 'CLOSED'""")).isZero();
        assertThat(count("""
                SELECT count(*) FROM assignment a WHERE a.status = 'COMPLETED' AND NOT EXISTS
                  (SELECT 1 FROM ticket_event e WHERE e.assignment_id = a.id AND e.type = 'ASSIGNMENT_COMPLETED')""")).isZero();
        assertThat(count("""
                SELECT count(*) FROM assignment a WHERE NOT EXISTS
                  (SELECT 1 FROM ticket_event e WHERE e.assignment_id = a.id AND e.type = 'DISPATCHED')""")).isZero();
        assertThat(count("""
                SELECT count(*) FROM assignment a WHERE a.status IN ('RETURN_REQUESTED','RETURNED') AND NOT EXISTS
                  (SELECT 1 FROM ticket_event e WHERE e.assignment_id = a.id AND e.type = 'RETURN_REQUESTED')""")).isZero();
        assertThat(count("""
                SELECT count(*) FROM ticket t WHERE t.reopen_count <> (SELECT count(*) FROM ticket_event e
                  WHERE e.ticket_id = t.id AND e.type = 'REOPENED')""")).isZero();
        assertThat(count("""
                SELECT count(*) FROM ticket t WHERE t.supervised AND NOT EXISTS
                  (SELECT 1 FROM ticket_event e WHERE e.ticket_id = t.id AND e.type = 'SUPERVISED')""")).isZero();
        assertThat(count("""
                SELECT count(*) FROM ticket t WHERE (SELECT count(*) FROM callback c WHERE c.ticket_id = t.id)
                  <> (SELECT count(*) FROM ticket_event e WHERE e.ticket_id = t.id AND e.type = 'CALLBACK_RECORDED')""")).isZero();
        // events in time order, by demo users (a breach is the sweep's, as live, and so is a supervision lifted by completion)
        assertThat(count("""
                SELECT count(*) FROM (SELECT at < lag(at) OVER (PARTITION BY ticket_id ORDER BY id) AS back
                  FROM ticket_event) x WHERE back""")).isZero();
        assertThat(count("""
                SELECT count(*) FROM ticket_event e WHERE NOT EXISTS (SELECT 1 FROM app_user u WHERE u.username = e.actor)
                  AND NOT (e.type IN ('OVERDUE', 'SUPERVISION_LIFTED') AND e.actor = 'system')""")).isZero();
        assertThat(count("""
                SELECT count(*) FROM ticket_event e JOIN app_user u ON u.username = e.actor
                WHERE e.type IN ('ACCEPTED','RESPONDED','ASSIGNMENT_COMPLETED') AND u.role <> 'HANDLER'""")).isZero();
    }

    @Test
    void usersForEveryRoleAndUnit() {
        assertThat(count("""
                SELECT count(*) FROM unit u WHERE u.kind IN ('SUBDISTRICT','TOWNSHIP','DEPARTMENT','ENTERPRISE')
                AND NOT EXISTS (SELECT 1 FROM app_user a WHERE a.username = 'h-' || u.code AND a.role = 'HANDLER'
                                AND a.unit_code = u.code)""")).isZero();
        assertThat(count("""
                SELECT count(*) FROM unit u WHERE u.kind = 'DISTRICT' AND NOT EXISTS
                  (SELECT 1 FROM app_user a WHERE a.username = 'sup-' || u.code AND a.role = 'SUPERVISOR')""")).isZero();
        assertThat(values("SELECT role FROM app_user WHERE username IN ('op01','op05','sup-city','demo-admin')"))
                .isEqualTo(Set.of("OPERATOR", "SUPERVISOR", "ADMIN"));
    }

    @Test
    void theApiShowsGeneratedTickets() throws Exception {
        long id = jdbc.sql("SELECT id FROM ticket WHERE status = 'CLOSED' AND lead_unit_code IS NOT NULL ORDER BY id LIMIT 1")
                .query(Long.class).single();
        MvcResult result = mvc.perform(get("/api/v1/tickets/" + id).with(httpBasic("op01", DEMO_PASSWORD))).andReturn();
        JsonNode ticket = expect(200, result);
        assertThat(ticket.get("status").asText()).isEqualTo("CLOSED");
        assertThat(ticket.get("content").asText()).isNotBlank();
        assertThat(ticket.get("assignments").size()).isPositive();
        String handler = "h-" + ticket.get("unitCode").asText();
        expect(200, mvc.perform(get("/api/v1/tickets/" + id + "/events").with(httpBasic(handler, DEMO_PASSWORD))).andReturn());
        JsonNode categories = expect(200, mvc.perform(get("/api/v1/categories").with(httpBasic(handler, DEMO_PASSWORD))).andReturn());
        assertThat(categories.size()).isGreaterThan(150);
    }

    @Test
    void aSecondRunAddsNothing() {
        long tickets = count("SELECT count(*) FROM ticket");
        long users = count("SELECT count(*) FROM app_user");
        long events = count("SELECT count(*) FROM ticket_event");
        DemoLoader.Outcome again = loader.load();
        assertThat(again.skipped()).isTrue();
        assertThat(count("SELECT count(*) FROM ticket")).isEqualTo(tickets);
        assertThat(count("SELECT count(*) FROM app_user")).isEqualTo(users);
        assertThat(count("SELECT count(*) FROM ticket_event")).isEqualTo(events);
    }

    private Map<String, Long> group(String sql) {
        return jdbc.sql(sql).query((rs, n) -> Map.entry(rs.getString("k"), rs.getLong("n"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static double share(Long part, long whole) {
        return part == null ? 0 : part / (double) whole;
    }

    static Set<TicketStatus> all() {
        return EnumSet.allOf(TicketStatus.class);
    }
}
