package org.minhu.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minhu.directory.Actor;
import org.minhu.directory.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;

/** The ticket module runs its lifecycle on the modules it depends on, without the console or the demo. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class TicketModuleTest {

    @Autowired
    Tickets tickets;
    @Autowired
    ApplicationContext context;

    @Test
    void aRequestIsRegisteredAndDispatchedWithoutTheConsole() {
        Actor operator = new Actor("module-op", Role.OPERATOR, null, null);
        TicketView created = tickets.create(new CreateTicket(Channel.PHONE, RequestType.COMPLAINT,
                "建外街道永安里小区夜间施工噪音扰民", null, Urgency.NORMAL, null, null,
                new CreateTicket.Location("朝阳区建外街道永安里8号", null, null, null)), operator);

        TicketView dispatched = tickets.handle(new TicketCommand.Dispatch(created.id(), "110105001000", null, null), operator);

        assertThat(dispatched.status()).isEqualTo(TicketStatus.DISPATCHED);
        assertThat(context.getBeanNamesForType(org.minhu.demo.DemoLoader.class)).isEmpty();
        assertThat(context.containsBean("ticketPages")).isFalse();
    }
}
