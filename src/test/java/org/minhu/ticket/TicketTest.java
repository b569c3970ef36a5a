package org.minhu.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.minhu.calendar.DeadlineClass;
import org.minhu.calendar.DeadlineStep;
import org.minhu.calendar.Deadlines;
import org.minhu.directory.Actor;
import org.minhu.directory.Role;
import org.minhu.directory.Unit;
import org.minhu.directory.UnitKind;
import org.minhu.platform.MinhuException;

/** The aggregate's rules, in the domain's words, without Spring or a database. */
class TicketTest {

    private static final Instant NOW = Instant.parse("2025-03-03T02:00:00Z");
    private static final Actor OPERATOR = new Actor("op", Role.OPERATOR, null, null);
    private static final Actor JIANWAI_HANDLER = new Actor("jw", Role.HANDLER, "110105001000", "110105000000");
    private static final Actor CHAOWAI_HANDLER = new Actor("cw", Role.HANDLER, "110105002000", "110105000000");
    private static final Unit JIANWAI = new Unit("110105001000", "建外街道", UnitKind.SUBDISTRICT, "110105000000",
            "110105000000", null, LocalDate.of(2000, 1, 1), null);
    private static final Unit WATER = new Unit("E11000000001", "北京市自来水集团", UnitKind.ENTERPRISE, null, null, null,
            LocalDate.of(2000, 1, 1), null);
    /** One hour per step, whatever the class: enough to see which deadline is which. */
    private static final Deadlines HOURLY = (step, cls, start) -> org.minhu.calendar.Due.official(
            start.plus(Duration.ofHours(step.ordinal() + 1)));

    @Test
    void completingTheLeadAssignmentCompletesTheTicketAndStartsTheCallbackClock() {
        Ticket ticket = received(Urgency.NORMAL);
        Assignment lead = dispatchToJianwai(ticket);
        lead.id = 7L;

        ticket.accept(JIANWAI_HANDLER, 7, NOW);
        ticket.respond(JIANWAI_HANDLER, 7, NOW);
        ticket.complete(JIANWAI_HANDLER, 7, "已处理", HOURLY, NOW);

        assertThat(ticket.status).isEqualTo(TicketStatus.COMPLETED);
        assertThat(ticket.callbackDue.at()).isEqualTo(NOW.plus(Duration.ofHours(DeadlineStep.CALLBACK.ordinal() + 1)));
        assertThat(ticket.events).extracting(NewEvent::type).endsWith(TicketEventType.ASSIGNMENT_COMPLETED, TicketEventType.COMPLETED);
    }

    @Test
    void savingWritesWhatTheVerbsAddedOrChangedSinceLoadAndNothingElse() {
        Ticket ticket = received(Urgency.NORMAL);
        Assignment lead = dispatchToJianwai(ticket);
        assertThat(ticket.changes.added()).containsExactly(lead);
        lead.id = 7L;
        ticket.changes.clear(); // stored

        ticket.accept(JIANWAI_HANDLER, 7, NOW);
        ticket.revealPhone(JIANWAI_HANDLER, 7, NOW); // recorded, but changes no row
        ticket.respond(JIANWAI_HANDLER, 7, NOW);
        ticket.complete(JIANWAI_HANDLER, 7, "已处理", HOURLY, NOW);
        ticket.recordCallback(OPERATOR, new CallbackResult(false, Resolved.YES, Satisfied.SATISFIED), NOW);

        assertThat(ticket.changes.added()).isEmpty();
        assertThat(ticket.changes.changed()).containsExactly(lead);
        assertThat(ticket.changes.callbacks()).containsExactlyElementsOf(ticket.callbacks);
    }

    @Test
    void aHandlerOfAnotherUnitCannotAccept() {
        Ticket ticket = received(Urgency.NORMAL);
        dispatchToJianwai(ticket).id = 7L;

        assertThatThrownBy(() -> ticket.accept(CHAOWAI_HANDLER, 7, NOW))
                .isInstanceOf(MinhuException.class).extracting("code").isEqualTo("FORBIDDEN");
    }

    @Test
    void onlyTheCentreDispatches() {
        Ticket ticket = received(Urgency.NORMAL);

        assertThatThrownBy(() -> ticket.dispatch(JIANWAI_HANDLER, JIANWAI, AssignmentRole.LEAD, Route.DIRECT, HOURLY, NOW))
                .isInstanceOf(MinhuException.class).extracting("code").isEqualTo("FORBIDDEN");
    }

    @Test
    void deadlineClassFollowsUrgencyThenTheUnitsKind() {
        assertThat(dispatchToJianwai(received(Urgency.URGENT)).deadlineClass).isEqualTo(DeadlineClass.URGENT);
        assertThat(dispatchToJianwai(received(Urgency.COMPLEX)).deadlineClass).isEqualTo(DeadlineClass.COMPLEX);
        assertThat(dispatchToJianwai(received(Urgency.NORMAL)).deadlineClass).isEqualTo(DeadlineClass.NORMAL);
        Ticket toUtility = received(Urgency.NORMAL);
        assertThat(toUtility.dispatch(OPERATOR, WATER, AssignmentRole.LEAD, Route.DIRECT, HOURLY, NOW).deadlineClass)
                .isEqualTo(DeadlineClass.UTILITY);
    }

    @Test
    void anUnresolvedCallbackKeepsTheTicketOpenForReopening() {
        Ticket ticket = received(Urgency.NORMAL);
        ticket.answer(OPERATOR, "已答复", null, NOW);

        ticket.recordCallback(OPERATOR, new CallbackResult(false, Resolved.NO, Satisfied.DISSATISFIED), NOW);
        assertThat(ticket.status).isEqualTo(TicketStatus.ANSWERED);

        ticket.reopen(OPERATOR, code -> JIANWAI, HOURLY, NOW);
        assertThat(ticket.status).isEqualTo(TicketStatus.RECEIVED);
        assertThat(ticket.reopenCount).isEqualTo(1);
    }

    @Test
    void aPartlyResolvedCallbackClosesTheTicket() {
        Ticket ticket = received(Urgency.NORMAL);
        ticket.answer(OPERATOR, "已答复", null, NOW);

        ticket.recordCallback(OPERATOR, new CallbackResult(false, Resolved.PARTLY, Satisfied.BASICALLY), NOW);

        assertThat(ticket.status).isEqualTo(TicketStatus.CLOSED);
        assertThat(ticket.closedAt).isEqualTo(NOW);
    }

    private static Ticket received(Urgency urgency) {
        TicketFacts facts = new TicketFacts(Channel.PHONE, RequestType.COMPLAINT, urgency, null, "噪音扰民", null,
                "王女士", "13812345678", false, "建外街道", null, null, null);
        Ticket ticket = Ticket.receive(facts, "2503030000001", "110105000000", OPERATOR, NOW);
        ticket.id = 1L;
        return ticket;
    }

    private static Assignment dispatchToJianwai(Ticket ticket) {
        return ticket.dispatch(OPERATOR, JIANWAI, AssignmentRole.LEAD, Route.DIRECT, HOURLY, NOW);
    }
}
