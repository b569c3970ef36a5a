package org.minhu.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.minhu.calendar.Due;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minhu.platform.MinhuException;
import org.minhu.support.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** Administrators enter the State Council's next year through the API; the working calendar follows at once. */
class CalendarYearApiTest extends ApiTestSupport {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** 2026-11-22 09:00 in Beijing: the arrangement for 2027 is about to be published. */
    static final Instant TODAY = Instant.parse("2026-11-22T01:00:00Z");

    static final Map<String, Object> YEAR_2027 = org.minhu.support.TestYears.YEAR_2027;

    @Autowired
    WorkingCalendar calendar;
    @Autowired
    Deadlines deadlines;
    @Autowired
    StateCouncilCalendar stateCouncil;
    @Autowired
    CalendarHealthIndicator health;
    @Autowired
    CalendarCoverageWarning warning;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void today() {
        clock.set(TODAY);
        ensureUsers();
    }

    /** The tests of other classes share this database: leave only the bundled years behind. */
    @AfterEach
    void forgetAdministeredYears() {
        jdbc.sql("DELETE FROM calendar_year").update();
        jdbc.sql("DELETE FROM calendar_year_history").update();
        stateCouncil.years().refresh();
        clock.set(START);
    }

    static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant();
    }

    JsonNode problem(int status, String code, MvcResult result) throws Exception {
        JsonNode body = expect(status, result);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(body.get("code").asString()).isEqualTo(code);
        return body;
    }

    @Test
    void anEnteredYearReplacesTheProvisionalOne() throws Exception {
        Instant monday = beijing("2027-02-01T10:00");
        // provisionally: 除夕 Fri 02-05 and 初三 Mon 02-08 off: 02-02, 02-03, 02-04, 02-09 .. 02-12
        assertThat(calendar.afterWorkingDays(monday, 7)).isEqualTo(new Due(beijing("2027-02-12T10:00"), 2026));
        assertThat(deadlines.due(DeadlineStep.COMPLETE, DeadlineClass.NORMAL, monday).provisional()).isTrue();

        JsonNode year = expect(200, putJson("adm", "/api/v1/calendar/years/2027", YEAR_2027));

        assertThat(year.get("source").asString()).isEqualTo("ADMINISTERED");
        assertThat(year.get("enteredBy").asString()).isEqualTo("adm");
        // as entered: 02-02 .. 02-04, (02-05 .. 02-13 off), make-up Sunday 02-14, 02-15 .. 02-17
        assertThat(calendar.afterWorkingDays(monday, 7)).isEqualTo(Due.official(beijing("2027-02-17T10:00")));
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-01-31"))).isTrue();   // a make-up Sunday
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-02-08"))).isFalse();  // a holiday Monday
        assertThat(calendar.afterWorkingDays(beijing("2028-01-24T10:00"), 1).provisional()).isTrue(); // 2028 by law
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.parse("2030-01-03")))
                .isInstanceOfSatisfying(MinhuException.class, e -> assertThat(e.code()).isEqualTo("CALENDAR_NOT_COVERED"));
    }

    /** Registers a complex request at {@code when} and dispatches it to 建外街道: the dispatch's answer. */
    MvcResult complexTicketDispatchedOn(Instant when) throws Exception {
        clock.set(when);
        JsonNode ticket = expect(201, postJson("op", "/api/v1/tickets", Map.of(
                "channel", "PHONE", "type", "COMPLAINT", "urgency", "COMPLEX",
                "content", "建外街道永安里小区供暖管道老化，多户室温不达标，需统筹改造")));
        return postJson("op", "/api/v1/tickets/" + ticket.get("id").asLong() + "/dispatch", Map.of("unitCode", JIANWAI));
    }

    @Test
    void aDecemberDispatchReachingInto2027IsProvisionalNotRefused() throws Exception {
        // Friday 2026-12-11 10:00: 15 working days of a complex ticket reach into January 2027
        JsonNode dispatched = expect(200, complexTicketDispatchedOn(beijing("2026-12-11T10:00")));

        assertThat(dispatched.get("status").asString()).isEqualTo("DISPATCHED");
        JsonNode lead = dispatched.get("assignments").get(0);
        // 12-14..12-18, 12-21..12-25, 12-28..12-31 are 14; 01-01 is 元旦; the 15th is Monday 2027-01-04
        assertThat(Instant.parse(lead.get("completeDueAt").asString())).isEqualTo(beijing("2027-01-04T10:00"));
        assertThat(lead.get("provisional").asBoolean()).isTrue();
        assertThat(lead.get("provisionalDeadlines")).extracting(JsonNode::asString).containsExactly("COMPLETE");
    }

    @Test
    void threeYearsPastTheOfficialCalendarIsStillNotCovered() throws Exception {
        JsonNode problem = problem(422, "CALENDAR_NOT_COVERED", complexTicketDispatchedOn(beijing("2028-12-20T10:00")));

        assertThat(problem.get("detail").asString()).contains("覆盖2004–2028年", "算不到2029年", "录入国务院公布的2027年节假日安排");
    }

    @Test
    void aMakeUpWorkdayMustFallOnAWeekend() throws Exception {
        Map<String, Object> body = new HashMap<>(YEAR_2027);
        body.put("workdays", List.of("2027-02-15")); // a Monday
        JsonNode problem = problem(400, "INVALID_CALENDAR", putJson("adm", "/api/v1/calendar/years/2027", body));
        assertThat(problem.get("detail").asString()).contains("2027-02-15");
        assertThat(expect(200, getJson("op", "/api/v1/calendar/years/2027")).get("source").asString())
                .isEqualTo("PROVISIONAL");
    }

    @Test
    void datesOutsideTheYearOrInBothListsOrNoHolidaysAreRefused() throws Exception {
        String path = "/api/v1/calendar/years/2027";
        problem(400, "INVALID_CALENDAR", putJson("adm", path, Map.of("holidays", List.of("2027-01-01", "2028-01-01"))));
        problem(400, "INVALID_CALENDAR", putJson("adm", path, Map.of("holidays", List.of("2027-01-01", "2027-13-01"))));
        problem(400, "INVALID_CALENDAR", putJson("adm", path,
                Map.of("holidays", List.of("2027-01-02"), "workdays", List.of("2027-01-02"))));
        problem(400, "INVALID_CALENDAR", putJson("adm", path, Map.of("holidays", List.of(), "workdays", List.of())));
        problem(400, "INVALID_CALENDAR", putJson("adm", path, Map.of("workdays", List.of("2027-02-07"))));
        assertThat(stateCouncil.years().current().coverage().officialThrough()).isEqualTo(2026);
    }

    @Test
    void aGapYearIsRefused() throws Exception {
        Map<String, Object> year2028 = org.minhu.support.TestYears.YEAR_2028;
        problem(400, "INVALID_CALENDAR", putJson("adm", "/api/v1/calendar/years/2028", year2028));
        problem(400, "INVALID_CALENDAR", putJson("adm", "/api/v1/calendar/years/2003",
                Map.of("holidays", List.of("2003-01-01"))));

        expect(200, putJson("adm", "/api/v1/calendar/years/2027", YEAR_2027));
        expect(200, putJson("adm", "/api/v1/calendar/years/2028", year2028));
        assertThat(expect(200, getJson("op", "/api/v1/calendar/years")).get("officialTo").asInt()).isEqualTo(2028);
        assertThat(expect(200, getJson("op", "/api/v1/calendar/years")).get("coveredTo").asInt()).isEqualTo(2030);
    }

    @Test
    void noEntryMayMakeADayOffByLawAWorkingDay() throws Exception {
        JsonNode problem = problem(400, "INVALID_CALENDAR", putJson("adm", "/api/v1/calendar/years/2027",
                Map.of("holidays", List.of("2027-01-01"))));
        assertThat(problem.get("detail").asString()).contains("2027-02-05 (春节)", "2027-10-01 (国庆节)");
        // nor overwrite a shipped year with one holiday
        problem(400, "INVALID_CALENDAR", putJson("adm", "/api/v1/calendar/years/2026", Map.of("holidays", List.of("2026-01-01"))));
        assertThat(jdbc.sql("SELECT count(*) FROM calendar_year").query(Long.class).single()).isZero();
    }

    @Test
    void onlyAdminsEnterYears() throws Exception {
        for (String user : List.of("op", "sup-city", "jianwai")) {
            problem(403, "FORBIDDEN", putJson(user, "/api/v1/calendar/years/2027", YEAR_2027));
        }
        problem(401, "UNAUTHENTICATED", mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/calendar/years")).andReturn());
        expect(200, getJson("jianwai", "/api/v1/calendar/years"));
        assertThat(jdbc.sql("SELECT count(*) FROM calendar_year").query(Long.class).single()).isZero();
    }

    @Test
    void theProvisionalYearsAreListedWithTheirStatutoryHolidays() throws Exception {
        JsonNode list = expect(200, getJson("op", "/api/v1/calendar/years"));

        assertThat(list.get("officialTo").asInt()).isEqualTo(2026);
        assertThat(list.get("coveredTo").asInt()).isEqualTo(2028);
        assertThat(list.get("provisionalYears").toString()).isEqualTo("[2027,2028]");
        JsonNode y2027 = list.get("years").get(2027 - 2004);
        assertThat(y2027.get("source").asString()).isEqualTo("PROVISIONAL");
        assertThat(y2027.get("holidays").asInt()).isEqualTo(13);
        assertThat(y2027.get("workdays").asInt()).isZero();
        JsonNode dates = expect(200, getJson("op", "/api/v1/calendar/years/2028"));
        assertThat(dates.get("source").asString()).isEqualTo("PROVISIONAL");
        assertThat(dates.get("holidays").toString()).contains("2028-01-25", "2028-05-28", "2028-10-03");
        problem(404, "CALENDAR_YEAR_NOT_FOUND", getJson("op", "/api/v1/calendar/years/2029"));
    }

    @Test
    void everyCoveredYearIsListedWithItsSourceAndCounts() throws Exception {
        expect(200, putJson("adm", "/api/v1/calendar/years/2027", YEAR_2027));

        JsonNode list = expect(200, getJson("op", "/api/v1/calendar/years"));

        assertThat(list.get("coveredFrom").asInt()).isEqualTo(2004);
        assertThat(list.get("officialTo").asInt()).isEqualTo(2027);
        assertThat(list.get("lastOfficialDay").asString()).isEqualTo("2027-12-31");
        assertThat(list.get("coveredTo").asInt()).isEqualTo(2029);
        assertThat(list.get("lastCoveredDay").asString()).isEqualTo("2029-12-31");
        assertThat(list.get("years")).hasSize(2029 - 2004 + 1);
        JsonNode y2025 = list.get("years").get(2025 - 2004);
        assertThat(y2025.get("year").asInt()).isEqualTo(2025);
        assertThat(y2025.get("source").asString()).isEqualTo("BUNDLED");
        assertThat(y2025.get("holidays").asInt()).isPositive();
        assertThat(y2025.get("workdays").asInt()).isPositive();
        JsonNode y2027 = list.get("years").get(2027 - 2004);
        assertThat(y2027.get("source").asString()).isEqualTo("ADMINISTERED");
        assertThat(y2027.get("holidays").asInt()).isEqualTo(20);
        assertThat(y2027.get("workdays").asInt()).isEqualTo(2);

        JsonNode dates = expect(200, getJson("op", "/api/v1/calendar/years/2025"));
        assertThat(dates.get("source").asString()).isEqualTo("BUNDLED");
        List<String> holidays = new ArrayList<>();
        dates.get("holidays").forEach(d -> holidays.add(d.asString()));
        assertThat(holidays).contains("2025-01-01", "2025-01-28", "2025-10-08");
        assertThat(dates.get("workdays").toString()).contains("2025-01-26", "2025-02-08");
    }

    @Test
    void anAdministeredYearOverridesTheBundledOne() throws Exception {
        JsonNode bundled = expect(200, getJson("op", "/api/v1/calendar/years/2026"));
        assertThat(bundled.get("source").asString()).isEqualTo("BUNDLED");
        List<String> holidays = new ArrayList<>();
        bundled.get("holidays").forEach(d -> holidays.add(d.asString()));
        List<String> workdays = new ArrayList<>();
        bundled.get("workdays").forEach(d -> workdays.add(d.asString()));
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-12-07"))).isTrue();

        holidays.add("2026-12-07"); // a Monday, made a holiday
        JsonNode first = expect(200, putJson("adm", "/api/v1/calendar/years/2026",
                Map.of("holidays", holidays, "workdays", workdays, "note", "first")));
        assertThat(first.get("source").asString()).isEqualTo("ADMINISTERED");
        assertThat(first.get("overridesBundled").asBoolean()).isTrue();
        assertThat(first.get("revision").asInt()).isEqualTo(1);
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-12-07"))).isFalse();

        user("adm2", org.minhu.directory.Role.ADMIN, null);
        holidays.remove("2026-12-07");
        JsonNode second = expect(200, putJson("adm2", "/api/v1/calendar/years/2026",
                Map.of("holidays", holidays, "workdays", workdays)));
        assertThat(second.get("revision").asInt()).isEqualTo(2);
        assertThat(second.get("enteredBy").asString()).isEqualTo("adm2");
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-12-07"))).isTrue();

        // the replaced version is kept, with who entered it
        assertThat(jdbc.sql("SELECT entered_by || ':' || revision || ':' || coalesce(note, '-') FROM calendar_year_history"
                        + " WHERE year = 2026 ORDER BY revision").query(String.class).list())
                .containsExactly("adm:1:first", "adm2:2:-");
    }

    @Test
    void theCalendarHealthStaysUpAndWarnsAheadNamingTheYearToEnter() throws Exception {
        var before = health.health();
        assertThat(before.getStatus()).isEqualTo(Status.UP);
        assertThat(before.getDetails()).containsEntry("state", "WARNING")
                .containsEntry("lastOfficialDay", "2026-12-31").containsEntry("daysLeft", 39L)
                .containsEntry("provisionalYears", List.of(2027, 2028)).containsEntry("lastCoveredDay", "2028-12-31");
        assertThat((String) before.getDetails().get("warning")).contains("enter 2027", "provisional");
        assertThat(warning.check()).isTrue();
        assertThat(body(getJson("op", "/actuator/health")).get("status").asString()).isEqualTo("UP");

        expect(200, putJson("adm", "/api/v1/calendar/years/2027", YEAR_2027));

        var after = health.health();
        assertThat(after.getStatus()).isEqualTo(Status.UP);
        assertThat(after.getDetails()).containsEntry("state", "OK").containsEntry("lastOfficialDay", "2027-12-31")
                .containsEntry("daysLeft", 404L).containsEntry("provisionalYears", List.of(2028, 2029))
                .doesNotContainKey("warning");
        assertThat(warning.check()).isFalse();
    }
}
