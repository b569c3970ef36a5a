package org.minhu.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minhu.support.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Administrators create users; each role is bound to the right kind of unit; passwords are hashed. */
class UserApiTest extends ApiTestSupport {

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void users() {
        ensureUsers();
    }

    @Test
    void adminCreatesAHandlerWhoCanThenSignIn() throws Exception {
        JsonNode created = expect(201, postJson("adm", "/api/v1/users", Map.of(
                "username", "jianwai-2", "password", "a-long-password", "role", "HANDLER", "unitCode", JIANWAI)));

        assertThat(created.get("unitCode").asString()).isEqualTo(JIANWAI);
        assertThat(created.has("password")).isFalse();
        var signedIn = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/tickets")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .httpBasic("jianwai-2", "a-long-password"))).andReturn();
        assertThat(signedIn.getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void passwordsAreStoredHashed() throws Exception {
        expect(201, postJson("adm", "/api/v1/users", Map.of(
                "username", "hashed-one", "password", "plain-text-secret", "role", "OPERATOR")));

        String stored = jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'hashed-one'").query(String.class).single();
        assertThat(stored).doesNotContain("plain-text-secret").startsWith("{bcrypt}");
    }

    @Test
    void onlyAdminsCreateUsers() throws Exception {
        JsonNode problem = expect(403, postJson("op", "/api/v1/users", Map.of(
                "username", "sneaky", "password", "a-long-password", "role", "ADMIN")));

        assertThat(problem.get("code").asString()).isEqualTo("FORBIDDEN");
    }

    @Test
    void aHandlerNeedsAUnitAndASupervisorADistrict() throws Exception {
        assertThat(expect(400, postJson("adm", "/api/v1/users", Map.of(
                "username", "no-unit", "password", "a-long-password", "role", "HANDLER"))).get("code").asString())
                .isEqualTo("UNIT_REQUIRED");
        assertThat(expect(400, postJson("adm", "/api/v1/users", Map.of(
                "username", "street-sup", "password", "a-long-password", "role", "SUPERVISOR", "unitCode", JIANWAI)))
                .get("code").asString()).isEqualTo("INVALID_UNIT");
    }

    @Test
    void aTakenUsernameIsAConflictAndAShortPasswordIsInvalid() throws Exception {
        assertThat(expect(409, postJson("adm", "/api/v1/users", Map.of(
                "username", "op", "password", "a-long-password", "role", "OPERATOR"))).get("code").asString())
                .isEqualTo("USERNAME_TAKEN");
        assertThat(expect(400, postJson("adm", "/api/v1/users", Map.of(
                "username", "shorty", "password", "short", "role", "OPERATOR"))).get("code").asString())
                .isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void firstStartCreatedTheAdministrator() {
        assertThat(jdbc.sql("SELECT role FROM app_user WHERE username = 'admin'").query(String.class).single()).isEqualTo("ADMIN");
    }
}
