package org.minhu.demo;

import static org.minhu.demo.Dice.minutes;

import java.time.Instant;
import org.minhu.ticket.TicketCommand;
import org.minhu.ticket.TicketImport.Step;
import org.minhu.directory.Unit;
import org.minhu.ticket.Route;

/**
 * 退单: the unit says "not ours" within the return window; the centre mostly approves and
 * re-dispatches, else the unit must work it after all. Laggards try it more often.
 */
final class ReturnRequest {

    private final AssignmentRound round;
    private final Dice dice;

    ReturnRequest(AssignmentRound round) {
        this.round = round;
        this.dice = round.dice;
    }

    /** True when the centre approved and the ticket went on to another unit. */
    boolean plan() {
        if (!dice.chance(chance())) {
            return false;
        }
        if (dice.nextBoolean()) {
            round.accept(); // some units accept first and look closer later
            round.from = round.accepted;
        }
        Instant asked = round.from.plus(minutes(20 + dice.nextInt(8 * 60)));
        if (!asked.isBefore(round.returnUntil)) {
            asked = round.returnUntil.minus(minutes(5 + dice.nextInt(30)));
        }
        if (!asked.isAfter(round.from)) {
            return false;
        }
        Unit next = round.month.units().afterReturn(round.unit, round.line.category, round.line.place);
        String reason = Phrases.returnReason(dice, next.name());
        round.steps.add(Step.onOwnAssignment(round.handler, asked, id -> new TicketCommand.RequestReturn(id, reason)));
        Instant decided = asked.plus(minutes(20 + (long) dice.logn(300, 1.0)));
        return decide(decided, next);
    }

    private double chance() {
        long hours = round.ageHours();
        return hours < 36 ? 0.2 : hours < 72 ? 0.10 : round.slow ? 0.08 : 0.05;
    }

    private boolean decide(Instant decided, Unit next) {
        String unitCode = round.unit.code();
        if (dice.chance(0.7)) {
            round.steps.add(Step.onAssignmentOf(unitCode, round.month.staff().operator(), decided,
                    id -> new TicketCommand.ApproveReturn(id, next.code())));
            round.line.round(decided, next, Route.DIRECT, false, true);
            return true;
        }
        round.steps.add(Step.onAssignmentOf(unitCode, round.month.staff().operator(), decided, TicketCommand.RejectReturn::new));
        round.accepted = round.accepted == null ? decided : round.accepted; // a rejected return leaves it accepted
        round.from = decided;
        return false;
    }
}
