package org.minhu.web;

import java.time.Duration;
import java.util.List;
import org.minhu.directory.Actor;
import org.minhu.directory.Role;
import org.minhu.directory.Unit;
import org.minhu.directory.UnitKind;
import org.minhu.directory.Units;
import org.minhu.support.TestClock;
import org.minhu.ticket.AssignmentRole;
import org.minhu.ticket.CallbackResult;
import org.minhu.ticket.Channel;
import org.minhu.ticket.CreateTicket;
import org.minhu.ticket.RequestType;
import org.minhu.ticket.Resolved;
import org.minhu.ticket.Route;
import org.minhu.ticket.Satisfied;
import org.minhu.ticket.TicketCommand;
import org.minhu.ticket.Tickets;
import org.minhu.ticket.Urgency;

/**
 * A month of tickets for the dashboard's tests, straight through {@link Tickets}: in every district
 * its first two streets or townships, three tickets each, lived to a callback whose answers follow
 * a fixed pattern (shifted by month, so ranks change), one in five responded late; the first
 * street of 东城区 has a single ticket (a small sample).
 */
final class DashboardMonths {

    private static final Actor OPERATOR = new Actor("dash-op", Role.OPERATOR, null, null);
    private static final CallbackResult[] ANSWERS = {
            new CallbackResult(false, Resolved.YES, Satisfied.SATISFIED),
            new CallbackResult(false, Resolved.YES, Satisfied.SATISFIED),
            new CallbackResult(false, Resolved.PARTLY, Satisfied.BASICALLY),
            new CallbackResult(false, Resolved.NO, Satisfied.DISSATISFIED),
            new CallbackResult(false, Resolved.YES, Satisfied.BASICALLY)};

    private final Tickets tickets;
    private final Units units;
    private final TestClock clock;

    DashboardMonths(Tickets tickets, Units units, TestClock clock) {
        this.tickets = tickets;
        this.units = units;
        this.clock = clock;
    }

    /** Lives the month's tickets from the clock's present; {@code shift} varies the answers. */
    void live(int shift) {
        List<Unit> districts = units.all().stream().filter(u -> u.kind() == UnitKind.DISTRICT)
                .sorted(java.util.Comparator.comparing(Unit::code)).toList();
        for (int d = 0; d < districts.size(); d++) {
            List<Unit> streets = streetsOf(districts.get(d).code());
            for (int s = 0; s < streets.size(); s++) {
                int count = d == 0 && s == 0 ? 1 : 3;
                for (int t = 0; t < count; t++) {
                    live(streets.get(s), d * 7 + s * 3 + t + shift);
                }
            }
        }
    }

    static List<Unit> streetsOf(Units units, String district) {
        return units.all().stream().filter(u -> u.kind().isStreetLevel() && district.equals(u.districtCode()))
                .sorted(java.util.Comparator.comparing(Unit::code)).limit(2).toList();
    }

    private List<Unit> streetsOf(String district) {
        return streetsOf(units, district);
    }

    private void live(Unit street, int pattern) {
        Actor handler = new Actor("dash-handler", Role.HANDLER, street.code(), street.districtCode());
        long id = tickets.create(new CreateTicket(Channel.PHONE, RequestType.COMPLAINT, "小区路灯不亮", null,
                Urgency.NORMAL, null, new CreateTicket.Requester("李先生", "13700001111"),
                new CreateTicket.Location(street.name(), null, null, street.code())), OPERATOR).id();
        long assignment = tickets.handle(new TicketCommand.Dispatch(id, street.code(), AssignmentRole.LEAD,
                Route.DIRECT), OPERATOR).assignments().getFirst().id();
        tickets.handle(new TicketCommand.Accept(assignment), handler);
        var present = clock.instant();
        if (pattern % 5 == 4) {
            clock.advance(Duration.ofDays(4)); // past the respond deadline: late
        }
        tickets.handle(new TicketCommand.Respond(assignment), handler);
        tickets.handle(new TicketCommand.Complete(assignment, "已处理"), handler);
        tickets.handle(new TicketCommand.RecordCallback(id, ANSWERS[pattern % ANSWERS.length]), OPERATOR);
        clock.set(present);
    }
}
