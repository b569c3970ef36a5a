package org.minhu.insight;

import java.time.ZoneId;
import org.minhu.directory.Actors;
import org.minhu.directory.Role;
import org.minhu.platform.MinhuException;
import org.minhu.ticket.TimeParam;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/duplicates/precision?from&to}: how the duplicates proposed at intake fared. */
@RestController
class DuplicateController {

    private final JdbcClient jdbc;
    private final ZoneId zone;
    private final DuplicateFinder finder;
    private final org.minhu.ticket.Tickets tickets;

    DuplicateController(JdbcClient jdbc, ZoneId cityZone, DuplicateFinder finder, org.minhu.ticket.Tickets tickets) {
        this.jdbc = jdbc;
        this.zone = cityZone;
        this.finder = finder;
        this.tickets = tickets;
    }

    /**
     * {@code GET /api/v1/tickets/{id}/duplicates}: the open tickets created in the window before this
     * one that it may duplicate, best first (the centre merges a received ticket into one of them).
     */
    @GetMapping("/api/v1/tickets/{id}/duplicates")
    java.util.List<org.minhu.ticket.DuplicateCandidate> ofTicket(@org.springframework.web.bind.annotation.PathVariable long id) {
        var actor = Actors.current();
        if (!actor.is(Role.OPERATOR) && !actor.is(Role.ADMIN)) {
            throw MinhuException.forbidden("The 12345 centre merges duplicates");
        }
        var t = tickets.get(id, actor);
        var draft = new org.minhu.ticket.IntakeDraft(t.id(), t.subject(), t.content(), t.location().address(),
                t.location().lat(), t.location().lng(), t.location().unitCode(), t.districtCode(), t.categoryCode(), null);
        return finder.find(draft, actor, t.createdAt());
    }

    @GetMapping("/api/v1/duplicates/precision")
    DuplicatePrecision precision(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        var actor = Actors.current();
        if (actor.is(Role.HANDLER)) {
            throw MinhuException.forbidden("Intake's measures are the centre's and the supervisors'");
        }
        var start = TimeParam.start(from, zone, "from");
        var end = TimeParam.start(to, zone, "to");
        return jdbc.sql("""
                WITH p AS (
                    SELECT d.ticket_id, d.candidate_id, d.rank, t.parent_id, t.status
                    FROM duplicate_proposal d JOIN ticket t ON t.id = d.ticket_id
                    WHERE t.status <> 'RECEIVED'
                      AND (CAST(:from AS timestamptz) IS NULL OR d.proposed_at >= :from)
                      AND (CAST(:to AS timestamptz) IS NULL OR d.proposed_at < :to)),
                per_ticket AS (
                    SELECT ticket_id, min(parent_id) AS parent_id,
                           bool_or(parent_id = candidate_id AND rank = 1) AS first,
                           bool_or(parent_id = candidate_id AND rank > 1) AS other,
                           count(*) AS proposals, count(*) FILTER (WHERE parent_id = candidate_id) AS confirmed
                    FROM p GROUP BY ticket_id)
                SELECT count(*) AS tickets, coalesce(sum(proposals), 0) AS proposals,
                       coalesce(sum(confirmed), 0) AS confirmed,
                       count(*) FILTER (WHERE first) AS first, count(*) FILTER (WHERE other AND NOT first) AS other,
                       count(*) FILTER (WHERE parent_id IS NOT NULL AND NOT first AND NOT other) AS elsewhere,
                       count(*) FILTER (WHERE parent_id IS NULL) AS alone
                FROM per_ticket""")
                .param("from", start == null ? null : start.atOffset(java.time.ZoneOffset.UTC))
                .param("to", end == null ? null : end.atOffset(java.time.ZoneOffset.UTC))
                .query((rs, n) -> {
                    long tickets = rs.getLong("tickets");
                    long proposals = rs.getLong("proposals");
                    return new DuplicatePrecision(tickets, proposals, rs.getLong("confirmed"), rs.getLong("first"),
                            rs.getLong("other"), rs.getLong("elsewhere"), rs.getLong("alone"),
                            proposals == 0 ? 0 : (double) rs.getLong("confirmed") / proposals,
                            tickets == 0 ? 0 : (double) rs.getLong("first") / tickets);
                }).single();
    }
}
