package org.minhu.ticket;

import java.time.Instant;
import java.util.Optional;
import org.minhu.calendar.Deadlines;
import org.minhu.calendar.WorkingCalendar;
import org.minhu.directory.Actor;
import org.minhu.directory.Unit;

/**
 * The one place a {@link TicketCommand} becomes a verb on the aggregate, live ({@link Tickets})
 * and in the import's replay ({@link TicketImport}) alike; each verb checks its own rule.
 */
final class CommandVerbs {

    /**
     * What a verb needs besides the ticket: a unit to send it to (in force), a unit it was with
     * (known, in force or not), the rules, another ticket to merge into.
     */
    interface Context {
        Unit unit(String code);

        Unit knownUnit(String code);

        Deadlines deadlines();

        WorkingCalendar calendar();

        Ticket parent(long id);

        /** A new whistle's id, from its sequence. */
        long newWhistleId();

        /** Refuses an answer from a knowledge article version that is not offered at {@code at}. */
        void requireOffered(long articleVersion, Instant at);
    }

    private CommandVerbs() {
    }

    static void apply(Ticket t, TicketCommand command, Actor actor, Instant now, Context ctx) {
        switch (command) {
            case TicketCommand.Answer c -> {
                if (c.articleVersion() != null) {
                    ctx.requireOffered(c.articleVersion(), now);
                }
                t.answer(actor, c.answer(), c.articleVersion(), now);
            }
            case TicketCommand.Dispatch c -> t.dispatch(actor, ctx.unit(c.unitCode()), c.role(), c.route(), ctx.deadlines(), now);
            case TicketCommand.Merge c -> t.mergeInto(actor, ctx.parent(c.parentId()), now);
            case TicketCommand.Terminate c -> t.terminate(actor, c.reason(), now);
            case TicketCommand.RecordCallback c -> t.recordCallback(actor, c.result(), now);
            case TicketCommand.Reopen c -> t.reopen(actor, ctx::knownUnit, ctx.deadlines(), now);
            case TicketCommand.Supervise c -> t.supervise(actor, c.note(), c.level(), c.dueAt(), now);
            case TicketCommand.LiftSupervision c -> t.liftSupervision(actor, c.note(), now);
            case TicketCommand.BlowWhistle c -> t.blowWhistle(actor, ctx::newWhistleId, c.type(), ctx::unit, c.unitCodes(),
                    c.note(), ctx.deadlines(), now);
            case TicketCommand.ReportIn c -> t.reportIn(actor, c.whistleId(), c.note(), now);
            case TicketCommand.RecordWhistleWork c -> t.recordWhistleWork(actor, c.whistleId(), c.note(), now);
            case TicketCommand.RequestExemption c -> t.requestExemption(actor, c.reasonCode(), c.evidence(), now);
            case TicketCommand.ApproveExemption c -> t.decideExemption(actor, true, null, now);
            case TicketCommand.RejectExemption c -> t.decideExemption(actor, false, c.reason(), now);
            case TicketCommand.Accept c -> t.accept(actor, c.assignmentId(), now);
            case TicketCommand.RequestReturn c -> t.requestReturn(actor, c.assignmentId(), c.reason(), now);
            case TicketCommand.ApproveReturn c -> t.approveReturn(actor, c.assignmentId(),
                    Optional.ofNullable(c.redispatchTo()).map(ctx::unit), ctx.deadlines(), now);
            case TicketCommand.RejectReturn c -> t.rejectReturn(actor, c.assignmentId(), now);
            case TicketCommand.Respond c -> t.respond(actor, c.assignmentId(), now);
            case TicketCommand.Complete c -> t.complete(actor, c.assignmentId(), c.reply(), ctx.deadlines(), now);
            case TicketCommand.RequestExtension c -> t.requestExtension(actor, c.assignmentId(), c.until(),
                    c.workingDays(), c.reason(), ctx.calendar(), now);
            case TicketCommand.ApproveExtension c -> t.approveExtension(actor, c.assignmentId(), now);
            case TicketCommand.RejectExtension c -> t.rejectExtension(actor, c.assignmentId(), now);
            case TicketCommand.Forward c -> t.forward(actor, c.assignmentId(), ctx.unit(c.unitCode()), c.role(),
                    ctx.deadlines(), now);
        }
    }
}
