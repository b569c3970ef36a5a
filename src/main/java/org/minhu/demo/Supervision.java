package org.minhu.demo;

import static org.minhu.demo.Dice.minutes;

import java.time.Instant;
import org.minhu.ticket.TicketCommand;
import org.minhu.ticket.TicketImport.Step;
import org.minhu.directory.Actor;

/** 督办: often after a missed deadline, rarely out of the blue; once a ticket, and only before the work is done. */
final class Supervision {

    private final AssignmentRound round;
    private final Dice dice;

    Supervision(AssignmentRound round) {
        this.round = round;
        this.dice = round.dice;
    }

    void plan() {
        if (round.line.supervised) {
            return;
        }
        Instant supervise = when();
        if (supervise != null && supervise.isBefore(round.completed)) {
            Actor who = round.month.staff().supervisor(round.line.place.district());
            String note = Phrases.superviseNote(dice);
            round.steps.add(Step.onTicket(who, supervise, id -> new TicketCommand.Supervise(id, note)));
            round.line.supervised = true;
        }
    }

    private Instant when() {
        Instant missed = round.responded.isAfter(round.respondDue) ? round.respondDue
                : round.completed.isAfter(round.completeDue) ? round.completeDue : null;
        if (missed != null && dice.chance(0.4)) {
            return missed.plus(minutes(60 + dice.nextInt(20 * 60)));
        }
        if (dice.chance(0.01)) {
            return round.at.plus(minutes(30 + dice.nextInt(6 * 60)));
        }
        return null;
    }
}
