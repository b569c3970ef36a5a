package org.minhu.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Every query parameter, path variable and request body of the API, given values no client should
 * send, every value for every field: whatever the answer, never a 5xx, and every refusal a problem+json with
 * a stable code. (Hostile intake bodies have their own test.)
 */
class HostileApiTest extends TicketApiTestSupport {

    /** Values for a query parameter or a path segment, already percent-encoded where they need it. */
    private static final List<String> RAW = List.of("%00", "%FF%FE", "%ED%A0%80", "-1", "0", "99999999999999999999",
            "abc", "1e309", "NaN", "%27%20OR%201%3D1%20--", "%3Cscript%3E", "..%2F..%2Fetc", "%E2%80%AE%E4%B8%AD",
            "a".repeat(5000), "2025-13-45", "true", "%20", "", "%0A%0D", "%7B%7D");

    /** Values for a JSON field. */
    private static final List<Object> FIELD = List.of(12345, -1, 1.5e308, true, List.of("x"), Map.of("a", 1),
            "\u0000", "\uD800", "a\u202Eb", "\u200B\u3000", "x".repeat(100_000), "9999-12-31T00:00:00Z", "FOO",
            "' OR 1=1 --", "", " ");

    record Endpoint(HttpMethod method, String path, String user, Map<String, Object> body, List<String> params) {
    }

    @Test
    void noParameterPathOrBodyMakesTheApiFail() throws Exception {
        JsonIds ids = fixture();
        List<Endpoint> endpoints = endpoints(ids);
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Endpoint e : endpoints) {
            for (String param : e.params()) {
                for (String value : RAW) {
                    requests++;
                    check(failures, e, e.path() + "?" + param + "=" + value, e.body(), null);
                }
            }
            if (e.path().contains(String.valueOf(ids.ticket())) || e.path().contains(String.valueOf(ids.assignment()))) {
                for (String value : RAW.subList(0, 12)) {
                    requests++;
                    String path = e.path().replace(String.valueOf(ids.ticket()), value).replace(String.valueOf(ids.assignment()), value);
                    check(failures, e, path, e.body(), null);
                }
            }
            if (e.body() != null) {
                for (String field : new java.util.TreeSet<>(e.body().keySet())) { // an order that does not vary by run
                    for (Object value : FIELD) {
                        Map<String, Object> body = new java.util.TreeMap<>(e.body());
                        body.put(field, value);
                        requests++;
                        check(failures, e, e.path(), body, null);
                    }
                }
                for (String raw : List.of("", "{", "[]", "null", "{\"a\":1,\"a\":2}", "\"text\"", "{}}")) {
                    requests++;
                    check(failures, e, e.path(), null, raw);
                }
            }
        }
        System.out.printf("Hostile API: %d requests to %d endpoints, %d answered wrongly%n", requests, endpoints.size(),
                failures.size());
        assertThat(failures).isEmpty();
    }

    private void check(List<String> failures, Endpoint e, String path, Map<String, Object> body, String raw) throws Exception {
        var call = request(e.method(), URI.create(path)).with(httpBasic(e.user(), PASSWORD));
        if (body != null || raw != null) {
            call.contentType("application/json").content(raw != null ? raw.getBytes(StandardCharsets.UTF_8)
                    : json.writeValueAsBytes(body));
        }
        MockHttpServletResponse response = mvc.perform(call).andReturn().getResponse();
        int status = response.getStatus();
        String what = e.method() + " " + (path.length() > 120 ? path.substring(0, 120) + "…" : path)
                + (body != null ? " " + abbreviated(body) : raw != null ? " raw " + raw : "") + " → " + status;
        if (status >= 500) {
            failures.add(what);
        } else if (status >= 400) {
            String type = response.getContentType();
            String content = response.getContentAsString(StandardCharsets.UTF_8);
            if (type == null || !type.startsWith("application/problem+json") || !content.contains("\"code\"")) {
                failures.add(what + " without a problem+json code: " + type);
            }
        }
    }

    private static String abbreviated(Map<String, Object> body) {
        String s = body.toString();
        return s.length() > 100 ? s.substring(0, 100) + "…" : s;
    }

    record JsonIds(long ticket, long assignment) {
    }

    private JsonIds fixture() throws Exception {
        var ticket = newTicket();
        long assignment = dispatchedToJianwai(ticket);
        return new JsonIds(ticket.get("id").asLong(), assignment);
    }

    private static List<Endpoint> endpoints(JsonIds ids) {
        String t = "/api/v1/tickets/" + ids.ticket();
        String a = "/api/v1/assignments/" + ids.assignment();
        List<Endpoint> list = new ArrayList<>();
        list.add(new Endpoint(HttpMethod.GET, "/api/v1/tickets", "op", null,
                List.of("status", "unit", "category", "from", "to", "q", "page", "size")));
        list.add(new Endpoint(HttpMethod.GET, t, "op", null, List.of()));
        list.add(new Endpoint(HttpMethod.GET, t + "/events", "op", null, List.of("page", "size")));
        list.add(new Endpoint(HttpMethod.GET, t + "/suggestions", "op", null, List.of()));
        list.add(new Endpoint(HttpMethod.GET, "/api/v1/units", "op", null, List.of("kind", "district", "q", "page", "size")));
        list.add(new Endpoint(HttpMethod.GET, "/api/v1/units/110105001000", "op", null, List.of()));
        list.add(new Endpoint(HttpMethod.GET, "/api/v1/users", "adm", null, List.of("role", "unit", "enabled", "q", "page", "size")));
        list.add(new Endpoint(HttpMethod.GET, "/api/v1/admin-events", "adm", null, List.of("page", "size")));
        list.add(new Endpoint(HttpMethod.GET, "/api/v1/calendar/years/2025", "op", null, List.of()));
        list.add(new Endpoint(HttpMethod.GET, "/api/v1/categories", "op", null, List.of()));
        list.add(new Endpoint(HttpMethod.GET, "/api/v1/assessments/2025-03", "adm", null,
                List.of("group", "district", "run", "page", "size")));
        list.add(new Endpoint(HttpMethod.GET, "/api/v1/assessments/2025-03/lists", "sup-city", null, List.of("district")));
        list.add(new Endpoint(HttpMethod.GET, "/api/v1/assessments/2025-03/units/110105001000", "adm", null, List.of()));
        list.add(new Endpoint(HttpMethod.GET, "/api/v1/reviews/2025-02", "sup-city", null, List.of("district", "format")));
        list.add(new Endpoint(HttpMethod.GET, "/api/v1/livelihood/2025-02", "sup-city", null, List.of("district")));
        list.add(new Endpoint(HttpMethod.GET, "/api/v1/places", "op", null, List.of("lat", "lng")));
        list.add(new Endpoint(HttpMethod.GET, "/api/v1/responsibilities", "op", null, List.of("on")));
        list.add(new Endpoint(HttpMethod.PUT, "/api/v1/responsibilities/07.02.03", "adm",
                Map.of("lead", "UNIT", "leadUnitCode", "D11000000004", "assistUnitCodes", List.of(), "assistPlace", true,
                        "effectiveFrom", "2040-01-01"), List.of()));
        list.add(new Endpoint(HttpMethod.POST, t + "/exemption", "jianwai",
                Map.of("reasonCode", "UNREASONABLE", "evidence", "已解释"), List.of()));
        list.add(new Endpoint(HttpMethod.POST, "/api/v1/assessments/2025-02/run", "adm", Map.of("reason", "复核"), List.of()));
        list.add(new Endpoint(HttpMethod.POST, t + "/answer", "op", Map.of("answer", "已答复"), List.of()));
        list.add(new Endpoint(HttpMethod.POST, t + "/dispatch", "op",
                Map.of("unitCode", "110105002000", "role", "ASSIST", "route", "DIRECT"), List.of()));
        list.add(new Endpoint(HttpMethod.POST, t + "/merge", "op", Map.of("parentId", ids.ticket()), List.of()));
        list.add(new Endpoint(HttpMethod.POST, t + "/terminate", "op", Map.of("reason", "重复"), List.of()));
        list.add(new Endpoint(HttpMethod.POST, t + "/callback", "op",
                Map.of("resolved", "YES", "satisfied", "SATISFIED", "unreachable", false), List.of()));
        list.add(new Endpoint(HttpMethod.POST, t + "/supervise", "sup-city", Map.of("note", "请加快"), List.of()));
        list.add(new Endpoint(HttpMethod.POST, a + "/return", "jianwai", Map.of("reason", "不属本单位"), List.of()));
        list.add(new Endpoint(HttpMethod.POST, a + "/complete", "jianwai", Map.of("reply", "已处理"), List.of()));
        list.add(new Endpoint(HttpMethod.POST, a + "/extend", "jianwai",
                Map.of("workingDays", 3, "until", "2025-04-01T00:00:00Z", "reason", "需协调"), List.of()));
        list.add(new Endpoint(HttpMethod.POST, a + "/return/approve", "op", Map.of("unitCode", "110105002000"), List.of()));
        list.add(new Endpoint(HttpMethod.POST, "/api/v1/users", "adm",
                Map.of("username", "hostile-user", "password", "a-long-password-9", "role", "OPERATOR", "unitCode", "",
                        "displayName", "x"), List.of()));
        list.add(new Endpoint(HttpMethod.PATCH, "/api/v1/users/jianwai", "adm",
                Map.of("enabled", true, "role", "HANDLER", "unitCode", "110105001000"), List.of()));
        list.add(new Endpoint(HttpMethod.PUT, "/api/v1/users/hostile-nobody/password", "adm",
                Map.of("password", "a-long-password-9"), List.of()));
        list.add(new Endpoint(HttpMethod.PUT, "/api/v1/calendar/years/2003", "adm",
                Map.of("holidays", List.of("2003-01-01"), "workdays", List.of(), "note", "x"), List.of()));
        return list;
    }
}
