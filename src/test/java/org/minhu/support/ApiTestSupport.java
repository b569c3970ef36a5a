package org.minhu.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Instant;
import org.minhu.directory.NewUser;
import org.minhu.directory.Role;
import org.minhu.directory.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the API tests: the whole application on its embedded PostgreSQL, a clock the test
 * moves, and users for every role. All users' password is {@link #PASSWORD}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
public abstract class ApiTestSupport {

    public static final String PASSWORD = "secret-password";
    /** 朝阳区 and two of its streets; 海淀区 and one of its streets. */
    public static final String CHAOYANG = "110105000000";
    public static final String JIANWAI = "110105001000";
    public static final String CHAOWAI = "110105002000";
    public static final String HAIDIAN = "110108000000";
    public static final String WANSHOULU = "110108001000";
    public static final String WATER_UTILITY_NAME = "北京市自来水集团";

    /** 2025-03-03 10:00 in Beijing, a Monday. */
    public static final Instant START = Instant.parse("2025-03-03T02:00:00Z");

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected TestClock clock;
    @Autowired
    protected JsonMapper json;
    @Autowired
    private Users users;

    protected void ensureUsers() {
        user("op", Role.OPERATOR, null);
        user("jianwai", Role.HANDLER, JIANWAI);
        user("chaowai", Role.HANDLER, CHAOWAI);
        user("wanshoulu", Role.HANDLER, WANSHOULU);
        user("sup-chaoyang", Role.SUPERVISOR, CHAOYANG);
        user("sup-haidian", Role.SUPERVISOR, HAIDIAN);
        user("sup-city", Role.SUPERVISOR, null);
        user("adm", Role.ADMIN, null);
    }

    protected void user(String name, Role role, String unit) {
        users.createIfAbsent(new NewUser(name, PASSWORD, role, unit, name));
    }

    protected MvcResult postJson(String user, String path, Object body) throws Exception {
        var request = post(path).with(httpBasic(user, PASSWORD)).contentType(MediaType.APPLICATION_JSON);
        if (body != null) {
            request.content(body instanceof String s ? s : json.writeValueAsString(body));
        }
        return mvc.perform(request).andReturn();
    }

    protected MvcResult putJson(String user, String path, Object body) throws Exception {
        var request = put(path).with(httpBasic(user, PASSWORD)).contentType(MediaType.APPLICATION_JSON);
        if (body != null) {
            request.content(body instanceof String s ? s : json.writeValueAsString(body));
        }
        return mvc.perform(request).andReturn();
    }

    protected MvcResult getJson(String user, String path) throws Exception {
        return mvc.perform(get(path).with(httpBasic(user, PASSWORD))).andReturn();
    }

    protected JsonNode body(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Performs the call, insists on the status, and returns the JSON body. */
    protected JsonNode expect(int status, MvcResult result) throws Exception {
        if (result.getResponse().getStatus() != status) {
            throw new AssertionError("expected HTTP " + status + " but got " + result.getResponse().getStatus()
                    + ": " + result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        }
        String content = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return content.isEmpty() ? null : json.readTree(content);
    }
}
