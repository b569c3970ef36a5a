package org.minhu.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minhu.support.ApiTestSupport;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** Administrators manage users: one name whatever its case, strong passwords, disabling that takes effect at once, a record of it all. */
class UserAdministrationTest extends ApiTestSupport {

    @BeforeEach
    void admins() {
        ensureUsers();
    }

    private MvcResult newUser(String username, String password, String role) throws Exception {
        return postJson("adm", "/api/v1/users", Map.of("username", username, "password", password, "role", role));
    }

    private int callAs(String username, String password) throws Exception {
        return mvc.perform(get("/api/v1/units/110105001000").with(httpBasic(username, password))).andReturn()
                .getResponse().getStatus();
    }

    private MvcResult patchAs(String admin, String username, Object body) throws Exception {
        return mvc.perform(patch("/api/v1/users/" + username).with(httpBasic(admin, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body))).andReturn();
    }

    @Test
    void aNameIsTakenWhateverItsCase() throws Exception {
        expect(201, newUser("case-one", "a-long-password-1", "OPERATOR"));

        JsonNode problem = expect(409, newUser("CASE-ONE", "a-long-password-1", "ADMIN"));

        assertThat(problem.get("code").asString()).isEqualTo("USERNAME_TAKEN");
        assertThat(callAs("CASE-one", "a-long-password-1")).isEqualTo(200);
    }

    @Test
    void weakPasswordsAreRefused() throws Exception {
        assertThat(expect(400, newUser("weak-1", "12345678", "OPERATOR")).get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(expect(400, newUser("weak-2", "qwertyuiop", "OPERATOR")).get("code").asString()).isEqualTo("WEAK_PASSWORD");
        assertThat(expect(400, newUser("weak-three-x", "WEAK-three-x", "OPERATOR")).get("code").asString()).isEqualTo("WEAK_PASSWORD");
        assertThat(expect(400, newUser("weak-4", "aaaaaaaaaaaa", "OPERATOR")).get("code").asString()).isEqualTo("WEAK_PASSWORD");
    }

    @Test
    void aDisabledUserIsOutAtOnceSessionsIncludedAndBackWhenEnabled() throws Exception {
        expect(201, newUser("to-disable", "a-long-password-2", "OPERATOR"));
        assertThat(callAs("to-disable", "a-long-password-2")).isEqualTo(200); // remembered by now
        MockHttpSession session = new MockHttpSession();
        MvcResult login = mvc.perform(post("/login").param("username", "to-disable").param("password", "a-long-password-2")
                .session(session).with(csrf())).andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(mvc.perform(get("/tickets").session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);

        JsonNode disabled = expect(200, patchAs("adm", "to-disable", Map.of("enabled", false)));
        assertThat(disabled.get("enabled").asBoolean()).isFalse();

        assertThat(callAs("to-disable", "a-long-password-2")).isEqualTo(401);
        assertThat(mvc.perform(get("/tickets").session(session)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/login?expired");

        expect(200, patchAs("adm", "to-disable", Map.of("enabled", true)));
        assertThat(callAs("to-disable", "a-long-password-2")).isEqualTo(200);
    }

    @Test
    void aRoleChangeTakesEffectAtTheNextRequest() throws Exception {
        expect(201, newUser("changing", "a-long-password-3", "OPERATOR"));
        assertThat(callAs("changing", "a-long-password-3")).isEqualTo(200);
        assertThat(mvc.perform(get("/api/v1/users").with(httpBasic("changing", "a-long-password-3"))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);

        expect(200, patchAs("adm", "changing", Map.of("role", "ADMIN")));

        assertThat(mvc.perform(get("/api/v1/users").with(httpBasic("changing", "a-long-password-3"))).andReturn()
                .getResponse().getStatus()).isEqualTo(200);
        MvcResult handler = patchAs("adm", "changing", Map.of("role", "HANDLER"));
        assertThat(expect(400, handler).get("code").asString()).isEqualTo("UNIT_REQUIRED");
    }

    @Test
    void aResetPasswordReplacesTheOldOne() throws Exception {
        expect(201, newUser("forgetful", "a-long-password-4", "OPERATOR"));
        assertThat(callAs("forgetful", "a-long-password-4")).isEqualTo(200);

        MvcResult reset = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .put("/api/v1/users/forgetful/password").with(httpBasic("adm", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"another-long-one-5\"}")).andReturn();

        assertThat(reset.getResponse().getStatus()).isEqualTo(204);
        assertThat(callAs("forgetful", "a-long-password-4")).isEqualTo(401);
        assertThat(callAs("forgetful", "another-long-one-5")).isEqualTo(200);
    }

    @Test
    void onlyAdministratorsManageUsersAndEveryChangeIsRecorded() throws Exception {
        expect(201, newUser("recorded", "a-long-password-6", "OPERATOR"));
        expect(200, patchAs("adm", "recorded", Map.of("enabled", false)));
        assertThat(patchAs("op", "recorded", Map.of("enabled", true)).getResponse().getStatus()).isEqualTo(403);
        assertThat(getJson("op", "/api/v1/users").getResponse().getStatus()).isEqualTo(403);

        JsonNode listed = expect(200, getJson("adm", "/api/v1/users?q=recorded"));
        assertThat(listed.get("totalElements").asLong()).isEqualTo(1);
        assertThat(listed.get("content").get(0).get("enabled").asBoolean()).isFalse();
        List<String> events = new ArrayList<>();
        expect(200, getJson("adm", "/api/v1/admin-events?size=200")).get("content").forEach(e -> {
            if ("recorded".equals(e.get("target").asString())) {
                events.add(e.get("actor").asString() + ":" + e.get("action").asString());
            }
        });
        assertThat(events).containsExactly("adm:USER_CHANGED", "adm:USER_CREATED");
    }
}
