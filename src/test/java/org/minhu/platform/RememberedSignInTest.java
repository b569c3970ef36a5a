package org.minhu.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.minhu.directory.Role;
import org.minhu.support.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A verified HTTP Basic password is remembered for a minute on the clock, not longer. */
class RememberedSignInTest extends ApiTestSupport {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    int call(String password) throws Exception {
        return mvc.perform(get("/api/v1/units/" + JIANWAI).with(httpBasic("remembered", password)))
                .andReturn().getResponse().getStatus();
    }

    void setHash(String password) {
        // behind the application's back: the user's changed_at stays, so only the minute ends the memory
        jdbc.sql("UPDATE app_user SET password_hash = ? WHERE username = 'remembered'").param(encoder.encode(password)).update();
    }

    @Test
    void aRememberedPasswordCheckEndsAfterAMinuteOnTheClock() throws Exception {
        user("remembered", Role.OPERATOR, null);
        try {
            assertThat(call(PASSWORD)).isEqualTo(200);
            setHash("another-password-7");
            clock.advance(Duration.ofSeconds(59));
            assertThat(call(PASSWORD)).isEqualTo(200);

            clock.advance(Duration.ofSeconds(1));
            assertThat(call(PASSWORD)).isEqualTo(401);
            assertThat(call("another-password-7")).isEqualTo(200);
        } finally {
            setHash(PASSWORD);
            jdbc.sql("DELETE FROM sign_in_throttle").update();
            clock.set(START);
        }
    }
}
