package org.minhu.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;

/** The console boots on the ticket module and what that needs, without the demo. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@AutoConfigureMockMvc
class WebModuleTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    @Test
    void theSignInPageIsServedWithoutTheDemo() throws Exception {
        var page = mvc.perform(get("/login")).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("登录");
        assertThat(context.getBeanNamesForType(org.minhu.demo.DemoLoader.class)).isEmpty();
    }
}
