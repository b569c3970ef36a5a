package org.minhu.demo;

import static org.minhu.demo.Dice.minutes;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.minhu.ticket.TicketCommand;
import org.minhu.calendar.DeadlineClass;
import org.minhu.calendar.DeadlineStep;
import org.minhu.directory.Actor;
import org.minhu.directory.Unit;
import org.minhu.ticket.AssignmentRole;
import org.minhu.ticket.CallbackResult;
import org.minhu.ticket.Resolved;
import org.minhu.ticket.Route;
import org.minhu.ticket.TicketImport.Step;

/**
 * One round of work by a lead unit: dispatched (by a Dispatch step, or by the reopen or return
 * decision just planned), maybe returned, accepted, responded, maybe extended and supervised,
 * completed, called back, maybe reopened for another round. Laggards are slow at every step.
 * The round's state is read and moved on by its {@link ReturnRequest}, {@link ExtensionRequest}
 * and {@link Supervision}.
 */
final class AssignmentRound {

    final Timeline line;
    final DemoMonth month;
    final Dice dice;
    final List<Step> steps;
    final Instant at;
    final Unit unit;
    private final Route route;
    /** Returns and assists happen on the first dispatch only, not after a return or reopen. */
    private final boolean extras;
    private final boolean dispatched;

    DeadlineClass deadlineClass;
    Instant returnUntil;
    Instant respondDue;
    Instant completeDue;
    Actor handler;
    boolean slow;
    double pace;
    /** Where the unit's own work starts: the dispatch, or the centre's decision on a rejected return. */
    Instant from;
    Instant accepted;
    Instant responded;
    Instant completed;

    AssignmentRound(Timeline line, Instant at, Unit unit, Route route, boolean extras, boolean dispatched) {
        this.line = line;
        this.month = line.month;
        this.dice = month.dice();
        this.steps = line.steps;
        this.at = at;
        this.unit = unit;
        this.route = route;
        this.extras = extras;
        this.dispatched = dispatched;
    }

    void plan() {
        if (at.isAfter(month.now())) {
            return; // the rest of its life lies in the future
        }
        if (!deadlinesKnown()) {
            if (dispatched) {
                steps.removeLast(); // the reopen or return decision that would have dispatched it
            }
            return;
        }
        if (!dispatched) {
            steps.add(Step.onTicket(month.staff().operator(), at,
                    id -> new TicketCommand.Dispatch(id, unit.code(), AssignmentRole.LEAD, route)));
        }
        handler = Staff.handler(unit);
        slow = month.laggards().contains(unit.code(), at);
        line.laggard |= slow;
        pace = month.pace().of(unit.code(), slow);
        from = at;
        if (extras && new ReturnRequest(this).plan()) {
            return; // another unit has it now
        }
        accept();
        respond();
        if (extras) {
            ExemptionRequest.duringWork(this);
        }
        new ExtensionRequest(this).plan();
        new Supervision(this).plan();
        if (extras && DemoCity.streetLevel(unit) && dice.chance(0.07)) {
            Assist.plan(line, at, completed);
        }
        if (month.calendar().due(DeadlineStep.CALLBACK, deadlineClass, completed) == null) {
            return; // completion would fall where the calendar ends
        }
        completeAndCallBack();
    }

    /** Hours since dispatch: recent tickets get the rarer steps more often, so they show in the open work. */
    long ageHours() {
        return Duration.between(at, month.now()).toHours();
    }

    void accept() {
        if (accepted == null) {
            accepted = inTime(month.times().accepted(from, pace), 4);
            steps.add(Step.onOwnAssignment(handler, accepted, TicketCommand.Accept::new));
        }
    }

    private boolean deadlinesKnown() {
        deadlineClass = line.urgency.deadlineClass(unit.kind());
        returnUntil = month.calendar().due(DeadlineStep.RETURN, deadlineClass, at);
        respondDue = month.calendar().due(DeadlineStep.RESPOND, deadlineClass, at);
        completeDue = month.calendar().due(DeadlineStep.COMPLETE, deadlineClass, at);
        return returnUntil != null && respondDue != null && completeDue != null;
    }

    /** Responds, and draws when the work will be done. */
    private void respond() {
        Instant base = accepted.isAfter(from) ? accepted : from; // after a rejected return: from the decision
        responded = inTime(month.times().responded(base, deadlineClass, pace), 2);
        steps.add(Step.onOwnAssignment(handler, responded, TicketCommand.Respond::new));
        completed = month.times().completed(responded, deadlineClass, pace, slow);
    }

    /** The reply is written to match what the citizen will say at the callback, drawn first for that reason. */
    private void completeAndCallBack() {
        CallbackResult result = line.exemplary ? CallbackMix.PRAISE : month.callbacks().next(slow);
        String reply = Phrases.reply(dice, unit.name(), line.subject, replyKind(result));
        steps.add(Step.onOwnAssignment(handler, completed, id -> new TicketCommand.Complete(id, reply)));
        Instant callbackAt = completed.plus(minutes((long) (30 + dice.logn(16 * 60, 0.8))));
        steps.add(Step.onTicket(month.staff().operator(), callbackAt, id -> new TicketCommand.RecordCallback(id, result)));
        if (result.unreachable()) {
            ExemptionRequest.afterUnreachable(this, callbackAt);
        }
        if (CallbackMix.unresolved(result) && line.reopens < 2 && dice.chance(0.75)) {
            Instant reopenAt = callbackAt.plus(minutes(30 + dice.nextInt(12 * 60)));
            steps.add(Step.onTicket(month.staff().operator(), reopenAt, TicketCommand.Reopen::new));
            line.reopens++;
            line.round(reopenAt, unit, route, false, true);
        }
    }

    /**
     * A drawn time, but for an exemplary community's request no later than the part
     * {@code 1/part} of the way to the respond deadline: such a unit answers in time.
     */
    private Instant inTime(Instant drawn, int part) {
        Instant latest = from.plus(Duration.between(from, respondDue).dividedBy(part));
        return line.exemplary && drawn.isAfter(latest) ? latest : drawn;
    }

    private static Phrases.ReplyKind replyKind(CallbackResult result) {
        if (result.unreachable() || result.resolved() == Resolved.YES) {
            return Phrases.ReplyKind.DONE;
        }
        return result.resolved() == Resolved.PARTLY ? Phrases.ReplyKind.PARTLY : Phrases.ReplyKind.EXPLAINED;
    }
}
