package org.minhu.ticket;

import java.time.Clock;
import java.util.List;
import org.minhu.directory.Actor;
import org.minhu.platform.MinhuException;
import org.minhu.platform.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 吹哨报到, the ticket module's API for it: a street or township blows the whistle on a ticket it
 * leads, the summoned units report in and record what they did, and anyone reads the whistles of
 * the tickets they may see. The verbs are the ticket's; this answers with the whistle.
 */
@Service
public class Whistles {

    private final Tickets tickets;
    private final WhistleFinder finder;
    private final Clock clock;

    Whistles(Tickets tickets, WhistleFinder finder, Clock clock) {
        this.tickets = tickets;
        this.finder = finder;
        this.clock = clock;
    }

    /** Blows a whistle on the ticket for the handler of its lead street or township. */
    @Transactional
    public WhistleView blow(long ticketId, WhistleType type, List<String> unitCodes, String note, Actor actor) {
        tickets.handle(new TicketCommand.BlowWhistle(ticketId, type, unitCodes, note), actor);
        return get(finder.newestOf(ticketId), actor);
    }

    /** A problem the handler's street found on patrol, registered and whistled on at once. */
    @Transactional
    public WhistleView patrol(PatrolFinding finding, Actor actor) {
        return get(tickets.patrol(finding, actor), actor);
    }

    /** 报到 by the handler of a summoned unit. */
    @Transactional
    public WhistleView reportIn(long whistleId, String note, Actor actor) {
        tickets.handle(new TicketCommand.ReportIn(whistleId, note), actor);
        return get(whistleId, actor);
    }

    /** What the summoned unit did, after reporting in. */
    @Transactional
    public WhistleView recordWork(long whistleId, String note, Actor actor) {
        tickets.handle(new TicketCommand.RecordWhistleWork(whistleId, note), actor);
        return get(whistleId, actor);
    }

    @Transactional(readOnly = true)
    public WhistleView get(long whistleId, Actor actor) {
        return finder.get(whistleId, actor, clock.instant()).orElseThrow(() -> MinhuException.notFound("whistle", whistleId));
    }

    @Transactional(readOnly = true)
    public Page<WhistleView> find(WhistleQuery query, Actor actor) {
        return finder.find(query, actor, clock.instant());
    }
}
