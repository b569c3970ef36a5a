package org.minhu.demo;

import static org.minhu.demo.Dice.minutes;

import java.time.Duration;
import java.time.Instant;
import org.minhu.ticket.TicketCommand;
import org.minhu.ticket.TicketImport.Step;
import org.minhu.calendar.DeadlineStep;
import org.minhu.directory.Actor;
import org.minhu.directory.Unit;
import org.minhu.ticket.AssignmentRole;
import org.minhu.ticket.Route;

/** 协办: a department joins a street's work and finishes its share before the lead completes. */
final class Assist {

    /** Shorter than this, there is no room for a second unit's work. */
    private static final long MIN_SPAN_SECONDS = 3600;

    private Assist() {
    }

    static void plan(Timeline line, Instant leadDispatched, Instant leadCompleted) {
        DemoMonth month = line.month;
        Unit unit = month.units().assistant(line.category);
        if (unit == null) {
            return;
        }
        Instant at = leadDispatched.plus(minutes(1 + month.dice().nextInt(30)));
        long span = Duration.between(at, leadCompleted).toSeconds();
        if (span < MIN_SPAN_SECONDS
                || month.calendar().due(DeadlineStep.COMPLETE, line.urgency.deadlineClass(unit.kind()), at) == null) {
            return;
        }
        Actor handler = Staff.handler(unit);
        line.steps.add(Step.onTicket(month.staff().operator(), at,
                id -> new TicketCommand.Dispatch(id, unit.code(), AssignmentRole.ASSIST, Route.DIRECT)));
        // its steps at fixed shares of the lead's time, so they always fit inside it
        line.steps.add(Step.onOwnAssignment(handler, at.plusSeconds(span / 10), TicketCommand.Accept::new));
        line.steps.add(Step.onOwnAssignment(handler, at.plusSeconds(span / 3), TicketCommand.Respond::new));
        line.steps.add(Step.onOwnAssignment(handler, at.plusSeconds(span * 4 / 5),
                id -> new TicketCommand.Complete(id, Phrases.ASSIST_REPLY)));
    }
}
