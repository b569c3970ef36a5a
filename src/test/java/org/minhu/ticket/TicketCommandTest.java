package org.minhu.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.minhu.platform.MinhuException;

/** A command is checked once, when it is made, whoever makes it: the API, the console or the import. */
class TicketCommandTest {

    @Test
    void aCommandWithoutItsTextIsRefusedNamingTheField() {
        assertThatThrownBy(() -> new TicketCommand.Answer(1, " \u3000 "))
                .isInstanceOfSatisfying(MinhuException.class, e -> {
                    assertThat(e.code()).isEqualTo("VALIDATION_FAILED");
                    assertThat(e.details()).containsEntry("field", "answer").containsEntry("reason", "empty");
                });
        assertThatThrownBy(() -> new TicketCommand.Complete(1, "修好了\u202E")).isInstanceOf(MinhuException.class);
        assertThatThrownBy(() -> new TicketCommand.Terminate(1, "x".repeat(1001))).isInstanceOf(MinhuException.class);
    }

    @Test
    void textIsKeptStripped() {
        assertThat(new TicketCommand.Answer(1, "  已答复 ").answer()).isEqualTo("已答复");
        assertThat(new TicketCommand.Supervise(1, "  ").note()).isNull();
    }

    @Test
    void aDispatchGoesToALeadDirectlyUnlessSaidOtherwiseAndNamesAUnitCode() {
        TicketCommand.Dispatch dispatch = new TicketCommand.Dispatch(1, " 110105001000 ", null, null);
        assertThat(dispatch.role()).isEqualTo(AssignmentRole.LEAD);
        assertThat(dispatch.route()).isEqualTo(Route.DIRECT);
        assertThat(dispatch.unitNamed()).isEqualTo("110105001000");
        assertThatThrownBy(() -> new TicketCommand.Dispatch(1, "1101'; DROP", null, null)).isInstanceOf(MinhuException.class);
        assertThatThrownBy(() -> new TicketCommand.Forward(1, "", null)).isInstanceOf(MinhuException.class);
    }

    @Test
    void anExtensionIsUntilADateOrOneToSixtyWorkingDaysNeverBoth() {
        Instant until = Instant.parse("2025-03-10T02:00:00Z");
        assertThat(new TicketCommand.RequestExtension(1, until, null, "需协调").until()).isEqualTo(until);
        assertThat(new TicketCommand.RequestExtension(1, null, 60, "需协调").workingDays()).isEqualTo(60);
        assertThatThrownBy(() -> new TicketCommand.RequestExtension(1, until, 5, "需协调")).isInstanceOf(MinhuException.class);
        assertThatThrownBy(() -> new TicketCommand.RequestExtension(1, null, null, "需协调")).isInstanceOf(MinhuException.class);
        assertThatThrownBy(() -> new TicketCommand.RequestExtension(1, null, 61, "需协调")).isInstanceOf(MinhuException.class);
        assertThatThrownBy(() -> new TicketCommand.RequestExtension(1, null, 0, "需协调")).isInstanceOf(MinhuException.class);
    }

    @Test
    void aMergeNamesItsParentAndACallbackItsAnswers() {
        assertThatThrownBy(() -> new TicketCommand.Merge(1, 0)).isInstanceOf(MinhuException.class);
        assertThatThrownBy(() -> new TicketCommand.RecordCallback(1, null)).isInstanceOf(MinhuException.class);
    }
}
