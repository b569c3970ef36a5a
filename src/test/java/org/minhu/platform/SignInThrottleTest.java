package org.minhu.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minhu.directory.Role;
import org.minhu.support.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/** Guessing passwords meets a brake: per user name and per address, over the API and the console, never for good. */
class SignInThrottleTest extends ApiTestSupport {

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void forgetTheFailures() {
        jdbc.sql("DELETE FROM sign_in_throttle").update();
        clock.set(START);
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    MvcResult call(String user, String password, String address) throws Exception {
        return mvc.perform(get("/api/v1/units/110105001000").with(httpBasic(user, password)).with(from(address))).andReturn();
    }

    @Test
    void fiveWrongPasswordsBlockTheNameForAMinuteThenTheRightOneWorks() throws Exception {
        user("guessed", Role.OPERATOR, null);
        for (int i = 0; i < 5; i++) {
            assertThat(call("guessed", "wrong-" + i, "10.1.1." + i).getResponse().getStatus()).isEqualTo(401);
        }

        MvcResult refused = call("GUESSED", PASSWORD, "10.2.2.2"); // the right password, any case, another address
        JsonNode problem = expect(429, refused);
        assertThat(problem.get("code").asString()).isEqualTo("SIGN_IN_THROTTLED");
        assertThat(Long.parseLong(refused.getResponse().getHeader("Retry-After"))).isBetween(1L, 61L);

        clock.advance(Duration.ofSeconds(61));
        assertThat(call("guessed", PASSWORD, "10.2.2.2").getResponse().getStatus()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM sign_in_throttle WHERE key = 'u:guessed'").query(Long.class).single())
                .isZero(); // the success forgets the name's failures
    }

    @Test
    void fiftyFailuresFromOneAddressBlockItForEveryName() throws Exception {
        user("bystander", Role.OPERATOR, null);
        for (int i = 0; i < 50; i++) {
            call("nobody-" + i, "wrong", "10.3.3.3");
        }

        expect(429, call("bystander", PASSWORD, "10.3.3.3"));
        assertThat(call("bystander", PASSWORD, "10.4.4.4").getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void theConsoleSaysSoInWords() throws Exception {
        user("console-guessed", Role.OPERATOR, null);
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").param("username", "console-guessed").param("password", "wrong").with(csrf())
                    .with(from("10.5.5.5"))).andReturn();
        }
        MvcResult result = mvc.perform(post("/login").param("username", "console-guessed").param("password", PASSWORD)
                .with(csrf()).with(from("10.5.5.5"))).andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).startsWith("/login?throttled=");
        String page = mvc.perform(get(result.getResponse().getRedirectedUrl())).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("登录失败次数过多");
    }
}
