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
 * Where a planned life stops short: terminated by the centre, or left waiting at one of its steps,
 * so that the open work of the present holds tickets in every state.
 */
final class Interruptions {

    private final DemoMonth month;

    Interruptions(DemoMonth month) {
        this.month = month;
    }

    /** Cuts the plan short with a termination before it closes; false when there is no time for one. */
    boolean terminate(List<Step> steps, Instant createdAt) {
        Instant from = createdAt.plus(minutes(10));
        Instant until = latestTermination(steps, createdAt);
        if (!until.isAfter(from)) {
            return false;
        }
        Instant at = from.plusSeconds((long) (month.dice().nextDouble() * Duration.between(from, until).toSeconds()));
        steps.removeIf(s -> !s.at().isBefore(at));
        String reason = Phrases.terminateReason(month.dice());
        steps.add(Step.onTicket(month.staff().operator(), at, id -> new TicketCommand.Terminate(id, reason)));
        return true;
    }

    /** No later than the first callback that closes the ticket (any but a reached "not resolved"), nor than the present. */
    private Instant latestTermination(List<Step> steps, Instant createdAt) {
        Instant until = steps.isEmpty() ? createdAt.plus(Duration.ofDays(2)) : steps.getLast().at().plus(Duration.ofDays(1));
        for (Step s : steps) {
            if (s.peek() instanceof TicketCommand.RecordCallback c
                    && !(c.result().resolved() == Resolved.NO && !c.result().unreachable())) {
                until = s.at();
                break;
            }
        }
        return until.isAfter(month.now()) ? month.now() : until;
    }

    /** Leaves the ticket waiting after one of its steps (or before any, for written requests). */
    void stall(List<Step> steps, Channel channel) {
        List<Integer> stops = waitingPoints(steps);
        if (channel != Channel.PHONE && month.dice().chance(0.35)) {
            steps.clear(); // a written request still in the operators' queue
            return;
        }
        if (!stops.isEmpty()) {
            int keep = stops.get(month.dice().nextInt(stops.size()));
            steps.subList(keep + 1, steps.size()).clear();
        }
    }

    /** The indexes of the steps after which someone has to act next, the rarer waits counted six times. */
    private List<Integer> waitingPoints(List<Step> steps) {
        List<Integer> stops = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            if (s.at().isAfter(month.now())) {
                break;
            }
            TicketCommand c = s.peek();
            if (c instanceof TicketCommand.Dispatch || c instanceof TicketCommand.Accept || c instanceof TicketCommand.Respond
                    || c instanceof TicketCommand.Complete || c instanceof TicketCommand.Answer) {
                stops.add(i);
            } else if (c instanceof TicketCommand.RequestReturn || c instanceof TicketCommand.RequestExtension) {
                for (int n = 0; n < 6; n++) {
                    stops.add(i);
                }
            }
        }
        return stops;
    }
}
