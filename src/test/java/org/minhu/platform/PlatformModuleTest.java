package org.minhu.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;

/** The platform boots on its own: its database, and security that lets nobody in without a directory. */
@ApplicationModuleTest
@AutoConfigureMockMvc
class PlatformModuleTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    @Test
    void theDatabaseIsMigratedAndNobodySignsInWithoutTheDirectory() throws Exception {
        assertThat(jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE success").query(Long.class).single())
                .isPositive();
        var refused = mvc.perform(get("/api/v1/tickets").with(httpBasic("admin", "whatever-password"))).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(401);
        assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(context.getBeanNamesForType(org.minhu.directory.Units.class)).isEmpty();
    }
}
