package org.minhu.demo;

import static org.minhu.demo.Dice.minutes;

import java.time.Duration;
import java.time.Instant;
import org.minhu.directory.Actor;
import org.minhu.ticket.ExemptionReason;
import org.minhu.ticket.TicketCommand;
import org.minhu.ticket.TicketImport.Step;

/**
 * 免考核: now and then the lead unit's handler, or an operator, asks to leave a ticket out of the
 * scores, with its evidence; the district's supervisor approves most and rejects the rest, a day
 * or so later, so the latest requests are still pending. Laggards ask more often and are turned
 * down more often. A ticket is asked for once.
 */
final class ExemptionRequest {

    private static final ExemptionReason[] WHILE_WORKING = {ExemptionReason.OUT_OF_JURISDICTION,
            ExemptionReason.EMERGENCY_SERVICE, ExemptionReason.LITIGATION, ExemptionReason.UNREASONABLE,
            ExemptionReason.MALICIOUS_REPEAT, ExemptionReason.DUPLICATE};
    private static final double[] WEIGHTS = {3, 1, 2, 3, 1, 1};

    private ExemptionRequest() {
    }

    /** While the unit works the ticket: it found the matter is not one to be scored on. */
    static void duringWork(AssignmentRound round) {
        // recent tickets ask more often, so that the supervisors' queue shows some, as returns and extensions do
        double chance = round.ageHours() < 72 ? 0.012 : round.slow ? 0.01 : 0.003;
        if (round.line.exemptionAsked || !round.dice.chance(chance)) {
            return;
        }
        Dice dice = round.dice;
        Instant at = round.responded.plusSeconds((long) (dice.nextDouble()
                * Math.max(60, Duration.between(round.responded, round.completed).toSeconds())));
        Actor who = dice.chance(0.6) ? round.handler : round.month.staff().operator();
        ExemptionReason reason = WHILE_WORKING[dice.weighted(WEIGHTS)];
        plan(round, who, at, reason, round.slow ? 0.4 : 0.7);
    }

    /** The centre could not reach the citizen at the callback: the operator asks to leave it out. */
    static void afterUnreachable(AssignmentRound round, Instant callbackAt) {
        if (!round.line.exemptionAsked && round.dice.chance(0.08)) {
            Instant at = callbackAt.plus(minutes(20 + round.dice.nextInt(6 * 60)));
            plan(round, round.month.staff().operator(), at, ExemptionReason.UNREACHABLE, 0.8);
        }
    }

    private static void plan(AssignmentRound round, Actor who, Instant at, ExemptionReason reason, double approval) {
        Dice dice = round.dice;
        String evidence = ExemptionTexts.evidence(dice, reason, round.unit.name());
        round.steps.add(Step.onTicket(who, at, id -> new TicketCommand.RequestExemption(id, reason, evidence)));
        round.line.exemptionAsked = true;
        Actor supervisor = Staff.districtSupervisor(round.line.place.district());
        Instant decided = at.plus(minutes((long) (90 + dice.logn(24 * 60, 0.8))));
        if (dice.chance(approval)) {
            round.steps.add(Step.onTicket(supervisor, decided, TicketCommand.ApproveExemption::new));
        } else {
            String why = ExemptionTexts.rejection(dice);
            round.steps.add(Step.onTicket(supervisor, decided, id -> new TicketCommand.RejectExemption(id, why)));
        }
    }
}
