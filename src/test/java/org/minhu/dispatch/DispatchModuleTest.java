package org.minhu.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;

/** Dispatch boots with the directory and the platform only, and proposes where a request goes. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class DispatchModuleTest {

    @Autowired
    Routing routing;
    @Autowired
    ApplicationContext context;

    @Test
    void aStreetNamedInTheAddressIsProposedWithoutTheTicketModule() {
        var suggestions = routing.suggest(new RoutingQuery("北京市朝阳区建外街道永安里8号", "夜间施工噪音", null, null, null, null));
        assertThat(suggestions).extracting(RoutingSuggestion::unitCode).contains("110105001000");
        assertThat(context.getBeanNamesForType(org.minhu.ticket.Tickets.class)).isEmpty();
    }
}
