package org.minhu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;

/** The demo boots on the modules whose APIs it fills, without the console. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class DemoModuleTest {

    @Autowired
    DemoLoader loader;
    @Autowired
    ApplicationContext context;

    @Test
    void theDemoLoaderIsReadyWithoutTheConsole() {
        assertThat(loader).isNotNull();
        assertThat(context.containsBean("ticketPages")).isFalse();
        assertThat(context.getBeanNamesForType(org.minhu.ticket.TicketImport.class)).hasSize(1);
    }
}
