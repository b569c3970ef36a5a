package org.minhu.demo;

import static org.minhu.demo.Dice.minutes;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.minhu.ticket.TicketCommand;
import org.minhu.ticket.Channel;
import org.minhu.ticket.Resolved;
import org.minhu.ticket.TicketImport.Step;

/**
 * Repeated requests: a few citizens report what someone reported a little earlier, and the
 * operator merges the new ticket into the earlier one (合并) within minutes.
 */
final class Duplicates {

    private static final double SHARE = 0.025;
    /** How far back an operator would still recognise the same matter. */
    private static final int RECENT_TICKETS = 80;
    private static final long RECENT_HOURS = 12;

    private final DemoMonth month;
    private final RequestMix requests;
    private final Intake intake;

    Duplicates(DemoMonth month, RequestMix requests, Intake intake) {
        this.month = month;
        this.requests = requests;
        this.intake = intake;
    }

    /** The earlier ticket this one repeats, or null: most are new. */
    PlannedTicket parentOf(List<PlannedTicket> planned, Instant at) {
        if (planned.isEmpty() || !month.dice().chance(SHARE)) {
            return null;
        }
        for (int tries = 0; tries < 5; tries++) {
            PlannedTicket candidate = planned.get(planned.size() - 1 - month.dice().nextInt(Math.min(planned.size(), RECENT_TICKETS)));
            // a proactive ticket was found on patrol: no citizen knows of it to call again
            if (!candidate.child && !candidate.terminated && candidate.historic.channel() != Channel.PROACTIVE
                    && Duration.between(candidate.createdAt, at).toHours() < RECENT_HOURS
                    && !closedBy(candidate, at.plus(Duration.ofHours(1)))) {
                return candidate;
            }
        }
        return null;
    }

    /** Whether the ticket is closed by {@code then}: nothing merges into a closed ticket. */
    private static boolean closedBy(PlannedTicket ticket, Instant then) {
        return ticket.historic.steps().stream().anyMatch(step -> !step.at().isAfter(then)
                && ((step.peek() instanceof TicketCommand.RecordCallback c
                        && (c.result().unreachable() || c.result().resolved() != Resolved.NO))
                        || step.peek() instanceof TicketCommand.Terminate));
    }

    /** Plans a repeat of {@code parent}: the same matter and place, merged into it unless that lies ahead. */
    void planChild(PlannedTicket p, PlannedTicket parent) {
        Dice dice = month.dice();
        Channel channel = requests.channel();
        if (channel == Channel.PROACTIVE) {
            channel = Channel.PHONE; // a repeat comes from a citizen
        }
        p.child = true;
        p.template = parent.template;
        p.place = parent.place;
        SlotFiller filler = new SlotFiller(p.place, dice, p.createdAt, month.zone());
        List<Step> steps = new ArrayList<>();
        Instant mergeAt = p.createdAt.plus(minutes(3 + dice.nextInt(40)));
        if (!mergeAt.isAfter(month.now())) {
            steps.add(Step.mergeInto(parent.ref, month.staff().operator(), mergeAt));
        }
        p.historic = intake.historic(p, channel, parent.historic.urgency(), filler, month.staff().operator(), steps);
    }
}
