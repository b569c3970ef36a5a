package org.minhu.demo;

import static org.minhu.demo.Dice.minutes;

import java.time.Duration;
import java.time.Instant;
import org.minhu.ticket.TicketCommand;
import org.minhu.ticket.TicketImport.Step;
import org.minhu.calendar.DeadlineClass;

/**
 * 延期: a unit with days to go asks for more time within its completion window. The centre mostly
 * approves, which moves the deadline, and most units then meet it; laggards ask more often and
 * still miss it.
 */
final class ExtensionRequest {

    private final AssignmentRound round;
    private final Dice dice;

    ExtensionRequest(AssignmentRound round) {
        this.round = round;
        this.dice = round.dice;
    }

    void plan() {
        if (!asks()) {
            return;
        }
        if (round.month.calendar().plusWorkingDays(round.completeDue, 10) == null) {
            return; // the longest extension would end past the calendar
        }
        long window = Duration.between(round.responded, round.completeDue).toSeconds();
        Instant asked = round.responded.plusSeconds((long) (window * (0.1 + 0.6 * dice.nextDouble())));
        int workingDays = 3 + dice.nextInt(8);
        Instant until = round.month.calendar().plusWorkingDays(round.completeDue, workingDays);
        String reason = Phrases.extensionReason(dice);
        round.steps.add(Step.onOwnAssignment(round.handler, asked,
                id -> new TicketCommand.RequestExtension(id, null, workingDays, reason)));
        Instant decided = asked.plus(minutes((long) (60 + dice.logn(10 * 60, 1.0))));
        if (dice.chance(0.85)) {
            round.steps.add(Step.onAssignmentOf(round.unit.code(), round.month.staff().operator(), decided,
                    TicketCommand.ApproveExtension::new));
            round.completeDue = until;
            if (round.completed.isAfter(until) && !round.slow) {
                round.completed = until.minus(minutes(60 + dice.nextInt(24 * 60)));
            }
        } else {
            round.steps.add(Step.onAssignmentOf(round.unit.code(), round.month.staff().operator(), decided,
                    TicketCommand.RejectExtension::new));
        }
        if (!round.completed.isAfter(decided)) {
            round.completed = decided.plus(minutes(30 + dice.nextInt(12 * 60))); // nobody completes before hearing back
        }
    }

    /** Only the classes with working-day deadlines, and only while the deadline is still ahead. */
    private boolean asks() {
        DeadlineClass dc = round.deadlineClass;
        return (dc == DeadlineClass.NORMAL || dc == DeadlineClass.COMPLEX) && round.completeDue.isAfter(round.responded)
                && dice.chance(round.ageHours() / 24 < 8 ? 0.12 : round.slow ? 0.10 : 0.04);
    }
}
