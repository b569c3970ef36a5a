package org.minhu.demo;

import static org.minhu.demo.Dice.minutes;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.minhu.ticket.TicketCommand;
import org.minhu.directory.Unit;
import org.minhu.directory.UnitKind;
import org.minhu.dispatch.Category;
import org.minhu.ticket.CallbackResult;
import org.minhu.ticket.Channel;
import org.minhu.ticket.Route;
import org.minhu.ticket.TicketImport.Step;
import org.minhu.ticket.Urgency;

/**
 * The whole future of one ticket, step by step, as the real lifecycle allows: answered on the call,
 * or dispatched to a lead unit for one {@link AssignmentRound} after another (after a return or a
 * reopen). Steps past the present are planned too; the planner cuts them off afterwards.
 */
final class Timeline {

    final DemoMonth month;
    final Instant createdAt;
    final Category category;
    final Urgency urgency;
    final Place place;
    /** The template's subject, unfilled: replies and answers speak of the matter, not the address. */
    final String subject;
    final List<Step> steps = new ArrayList<>();
    /** Supervised once already: a ticket is flagged once. */
    boolean supervised;
    /** Located in one of the {@link Exemplars}: answered in time, solved, no returns, no assists. */
    final boolean exemplary;
    /** Worked by a laggard at some point: such tickets stall more often. */
    boolean laggard;
    /** 免考核 asked once already: one request a ticket in the demo. */
    boolean exemptionAsked;
    int reopens;

    Timeline(DemoMonth month, Instant createdAt, Category category, Urgency urgency, Place place, String subject) {
        this.month = month;
        this.createdAt = createdAt;
        this.category = category;
        this.urgency = urgency;
        this.place = place;
        this.subject = subject;
        this.exemplary = place.exemplary();
    }

    /** The operator registers the request and dispatches it to its lead unit. */
    void dispatched(Channel channel, Unit lead) {
        Instant dispatchAt = createdAt.plus(intakeDelay(channel, false));
        round(dispatchAt, lead, route(lead), !exemplary, false);
    }

    /** The operator answers on the call; the citizen is called back, and an unresolved answer is reopened to a unit. */
    void answered(Channel channel) {
        Dice dice = month.dice();
        Instant at = createdAt.plus(intakeDelay(channel, true));
        String answer = Phrases.answer(dice, subject, place.district().name());
        steps.add(Step.onTicket(month.staff().operator(), at, id -> new TicketCommand.Answer(id, answer)));
        if (!dice.chance(0.93)) {
            return; // no callback yet
        }
        Instant callbackAt = at.plus(minutes(180 + dice.nextInt(60 * 40)));
        CallbackResult result = exemplary ? CallbackMix.PRAISE : month.callbacks().next(false);
        steps.add(Step.onTicket(month.staff().operator(), callbackAt, id -> new TicketCommand.RecordCallback(id, result)));
        if (CallbackMix.unresolved(result) && dice.chance(0.6)) {
            reopenAfterAnswer(callbackAt);
        }
    }

    /** See {@link AssignmentRound}: {@code dispatched} when the step that dispatches it is already planned. */
    void round(Instant at, Unit unit, Route route, boolean extras, boolean dispatched) {
        new AssignmentRound(this, at, unit, route, extras, dispatched).plan();
    }

    private void reopenAfterAnswer(Instant callbackAt) {
        Dice dice = month.dice();
        Instant reopenAt = callbackAt.plus(minutes(30 + dice.nextInt(8 * 60)));
        steps.add(Step.onTicket(month.staff().operator(), reopenAt, TicketCommand.Reopen::new));
        reopens++;
        Unit unit = month.units().lead(category, place);
        if (unit.kind() == UnitKind.CENTER) {
            unit = place.street(); // a ticket is never dispatched to the centre itself
        }
        Route route = route(unit);
        round(reopenAt.plus(minutes(10 + dice.nextInt(80))), unit, route, false, false);
    }

    /** About one street ticket in five goes through the district (转派); everything else goes straight. */
    private Route route(Unit unit) {
        return DemoCity.streetLevel(unit) && month.dice().chance(0.22) ? Route.RELAYED : Route.DIRECT;
    }

    /** How long the operator takes: a call is registered while talking, a written request waits in a queue. */
    private Duration intakeDelay(Channel channel, boolean answer) {
        Dice dice = month.dice();
        if (channel == Channel.PHONE) {
            return minutes(answer ? 2 + dice.nextInt(10) : 5 + dice.nextInt(35));
        }
        return minutes((long) (10 + dice.logn(answer ? 90 : 120, 1.0)));
    }
}
