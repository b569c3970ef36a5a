package org.minhu.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minhu.support.ApiTestSupport;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/** The console: pages in the user's scope, actions through the same rules as the API. */
class ConsoleTest extends ApiTestSupport {

    @Autowired
    UserDetailsService userDetails;

    private long ticket;

    @BeforeEach
    void aDispatchedTicket() throws Exception {
        ensureUsers();
        ticket = expect(201, postJson("op", "/api/v1/tickets", Map.of("channel", "PHONE", "type", "COMPLAINT",
                "content", "楼道灯坏了一个月", "requester", Map.of("phone", "13800001111")))).get("id").asLong();
        expect(200, postJson("op", "/api/v1/tickets/" + ticket + "/dispatch", Map.of("unitCode", JIANWAI)));
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        MvcResult result = mvc.perform(get("/tickets")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(page(mvc.perform(get("/login")).andReturn())).contains("登录");
    }

    @Test
    void handlerSeesTheirTicketWithTheMaskedPhoneAndTheAcceptButton() throws Exception {
        String html = page(mvc.perform(get("/tickets/" + ticket).with(signedIn("jianwai"))).andReturn());

        assertThat(html).contains("138******11").doesNotContain("13800001111").contains("签收");
    }

    @Test
    void theOperatorIsShownWhereANewTicketCouldGoButNotOnceItIsDispatched() throws Exception {
        long fresh = expect(201, postJson("op", "/api/v1/tickets", Map.of("channel", "PHONE", "type", "COMPLAINT",
                "content", "建外街道的楼道灯坏了一个月", "location", Map.of("unitCode", JIANWAI)))).get("id").asLong();

        assertThat(page(mvc.perform(get("/tickets/" + fresh).with(signedIn("op"))).andReturn()))
                .contains("派单建议").contains("建外街道");
        assertThat(page(mvc.perform(get("/tickets/" + ticket).with(signedIn("op"))).andReturn()))
                .contains("楼道灯坏了一个月").doesNotContain("派单建议");
    }

    @Test
    void handlerOfAnotherUnitGetsTheErrorPage() throws Exception {
        MvcResult result = mvc.perform(get("/tickets/" + ticket).with(signedIn("chaowai"))).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(page(result)).contains("TICKET_NOT_FOUND").doesNotContain("楼道灯");
    }

    @Test
    void handlerAcceptsFromTheConsoleAndTheLogShowsIt() throws Exception {
        long assignment = expect(200, getJson("op", "/api/v1/tickets/" + ticket)).at("/assignments/0/id").asLong();

        MvcResult result = mvc.perform(post("/tickets/" + ticket + "/assignments/" + assignment + "/accept")
                .with(signedIn("jianwai")).with(csrf())).andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/tickets/" + ticket);
        assertThat(expect(200, getJson("op", "/api/v1/tickets/" + ticket)).at("/assignments/0/status").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void aRefusedConsoleActionComesBackWithItsReason() throws Exception {
        long assignment = expect(200, getJson("op", "/api/v1/tickets/" + ticket)).at("/assignments/0/id").asLong();

        MvcResult result = mvc.perform(post("/tickets/" + ticket + "/assignments/" + assignment + "/complete")
                .param("text", "已修好").with(signedIn("jianwai")).with(csrf())).andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/tickets/" + ticket);
        assertThat(result.getFlashMap().get("errorCode")).isEqualTo("ILLEGAL_TRANSITION");
        String shown = page(mvc.perform(get("/tickets/" + ticket).with(signedIn("jianwai"))
                .flashAttrs(result.getFlashMap())).andReturn());
        assertThat(shown).contains("工单或派单当前的状态不允许这一步").doesNotContain("Cannot complete");
    }

    @Test
    void anExtensionOfNegativeOrTooManyWorkingDaysIsRefusedNotAnError() throws Exception {
        long assignment = expect(200, getJson("op", "/api/v1/tickets/" + ticket)).at("/assignments/0/id").asLong();
        expect(200, postJson("jianwai", "/api/v1/assignments/" + assignment + "/accept", null));

        for (String days : new String[] {"-3", "0", "61"}) {
            MvcResult result = mvc.perform(post("/tickets/" + ticket + "/assignments/" + assignment + "/extend")
                    .param("workingDays", days).param("text", "需协调").with(signedIn("jianwai")).with(csrf())).andReturn();

            assertThat(result.getResponse().getRedirectedUrl()).as(days).isEqualTo("/tickets/" + ticket);
            assertThat(result.getFlashMap().get("errorCode")).as(days).isEqualTo("VALIDATION_FAILED");
        }
        assertThat(expect(200, getJson("op", "/api/v1/tickets/" + ticket)).at("/assignments/0/extensionStatus").toString())
                .isIn("", "null"); // absent or null: nothing was asked
    }

    @Test
    void theConsoleMarksAProvisionalDeadline() throws Exception {
        clock.set(java.time.Instant.parse("2026-12-11T02:00:00Z"));
        long december = expect(201, postJson("op", "/api/v1/tickets", Map.of("channel", "PHONE", "type", "COMPLAINT",
                "urgency", "COMPLEX", "content", "供暖管道老化需改造"))).get("id").asLong();
        expect(200, postJson("op", "/api/v1/tickets/" + december + "/dispatch", Map.of("unitCode", JIANWAI)));

        String html = page(mvc.perform(get("/tickets/" + december).with(signedIn("jianwai"))).andReturn());
        String list = page(mvc.perform(get("/tickets").with(signedIn("jianwai"))).andReturn());
        clock.set(START);

        assertThat(html).contains("2027-01-04 10:00").contains("class=\"badge prov\"").contains("暂定");
        assertThat(html.split("class=\"badge prov\"", -1)).hasSize(2); // the completion deadline only
        assertThat(list).contains("暂定");
    }

    @Test
    void anAssignmentIsOnlyActedOnFromItsOwnTicketsPage() throws Exception {
        long assignment = expect(200, getJson("op", "/api/v1/tickets/" + ticket)).at("/assignments/0/id").asLong();
        long other = expect(201, postJson("op", "/api/v1/tickets", Map.of("channel", "PHONE", "type", "COMPLAINT",
                "content", "另一张工单"))).get("id").asLong();

        MvcResult result = mvc.perform(post("/tickets/" + other + "/assignments/" + assignment + "/accept")
                .with(signedIn("jianwai")).with(csrf())).andReturn();

        assertThat(result.getFlashMap().get("errorCode")).isEqualTo("ASSIGNMENT_NOT_FOUND");
        assertThat(expect(200, getJson("op", "/api/v1/tickets/" + ticket)).at("/assignments/0/status").asString())
                .isEqualTo("PENDING");
    }

    @Test
    void consoleFormsNeedTheCsrfToken() throws Exception {
        MvcResult result = mvc.perform(post("/tickets/" + ticket + "/do/answer").param("text", "答复")
                .with(signedIn("op"))).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void onlyOperatorsOpenTheIntakeForm() throws Exception {
        assertThat(mvc.perform(get("/tickets/new").with(signedIn("jianwai"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(page(mvc.perform(get("/tickets/new").with(signedIn("op"))).andReturn())).contains("登记诉求");
    }

    @Test
    void operatorRegistersARequestFromTheConsole() throws Exception {
        MvcResult result = mvc.perform(post("/tickets").with(signedIn("op")).with(csrf())
                .param("channel", "PHONE").param("type", "HELP").param("urgency", "NORMAL")
                .param("content", "万寿路街道某小区停水").param("phone", "13600002222").param("address", "海淀区万寿路街道"))
                .andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).startsWith("/tickets/");
        String html = page(mvc.perform(get(result.getResponse().getRedirectedUrl()).with(signedIn("op"))).andReturn());
        assertThat(html).contains("万寿路街道某小区停水").contains("13600002222").contains("万寿路街道");
    }

    @Test
    void aDoubleSubmitOfTheIntakeFormRegistersOneTicket() throws Exception {
        String form = page(mvc.perform(get("/tickets/new").with(signedIn("op"))).andReturn());
        String submission = form.replaceAll("(?s).*name=\"submission\"[^>]*value=\"([^\"]+)\".*", "$1");
        assertThat(submission).hasSize(36);

        String[] places = new String[2];
        for (int i = 0; i < 2; i++) {
            places[i] = mvc.perform(post("/tickets").with(signedIn("op")).with(csrf()).param("submission", submission)
                    .param("channel", "PHONE").param("type", "HELP").param("urgency", "NORMAL")
                    .param("content", "万寿路街道某小区停水，点了两次登记").param("address", "海淀区万寿路街道"))
                    .andReturn().getResponse().getRedirectedUrl();
        }

        assertThat(places[0]).startsWith("/tickets/").isEqualTo(places[1]);
        String next = page(mvc.perform(get("/tickets/new").with(signedIn("op"))).andReturn());
        assertThat(next).doesNotContain(submission); // a new showing is a new request
    }

    @Test
    void englishIsOneClickAway() throws Exception {
        String html = page(mvc.perform(get("/tickets").param("lang", "en").with(signedIn("op"))).andReturn());

        assertThat(html).contains("Tickets").contains("Register a request");
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor signedIn(String username) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(userDetails.loadUserByUsername(username));
    }

    private static String page(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
