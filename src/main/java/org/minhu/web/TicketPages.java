package org.minhu.web;

import java.time.LocalDate;
import java.time.ZoneId;
import org.minhu.directory.Actor;
import org.minhu.directory.Actors;
import org.minhu.directory.Role;
import org.minhu.directory.UnitKind;
import org.minhu.dispatch.Suggestions;
import org.minhu.ticket.TicketDetail;
import org.minhu.ticket.TicketQuery;
import org.minhu.ticket.TicketStatus;
import org.minhu.ticket.Tickets;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The ticket workbench: the list in the user's scope and one ticket with its log (intake: {@link IntakePages}). */
@Controller
class TicketPages {

    private final Tickets tickets;
    private final Suggestions proposals;
    private final ZoneId zone;
    private final org.minhu.directory.Units units;

    TicketPages(Tickets tickets, Suggestions proposals, ZoneId cityZone, org.minhu.directory.Units units) {
        this.units = units;
        this.tickets = tickets;
        this.proposals = proposals;
        this.zone = cityZone;
    }

    /** Each role's first page: the handler's inbox, the centre's queues, the supervisor's board. */
    @GetMapping("/")
    String home() {
        return switch (Actors.current().role()) {
            case HANDLER -> "redirect:/inbox";
            case OPERATOR -> "redirect:/queues";
            case SUPERVISOR -> "redirect:/board";
            case ADMIN -> "redirect:/tickets";
        };
    }

    @GetMapping("/tickets")
    String list(@RequestParam(required = false) TicketStatus status, @RequestParam(required = false) String q,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(defaultValue = "0") int page,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Actor actor = Actors.current();
        TicketQuery query = new TicketQuery(status, null, null,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(),
                q, null, Math.max(page, 0), 25);
        model.addAttribute("page", tickets.list(query, actor));
        model.addAttribute("statuses", TicketStatus.values());
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("actor", actor);
        return htmx != null ? "tickets :: results" : "tickets";
    }

    @GetMapping("/tickets/{id}")
    String ticket(@PathVariable long id, Model model) {
        Actor actor = Actors.current();
        TicketDetail detail = tickets.detail(id, actor, 500);
        model.addAttribute("t", detail.ticket());
        model.addAttribute("events", detail.events());
        model.addAttribute("suggestions", detail.suggestions());
        // what Minhu proposed at intake, beside what the operator chose: for the centre and supervisors
        model.addAttribute("proposal", actor.is(Role.HANDLER) ? null : proposals.madeFor(id).orElse(null));
        model.addAttribute("actor", actor);
        boolean leadHere = actor.is(Role.HANDLER) && detail.ticket().assignments().stream().anyMatch(a ->
                a.role() == org.minhu.ticket.AssignmentRole.LEAD && a.unitCode().equals(actor.unitCode())
                        && (a.status() == org.minhu.ticket.AssignmentStatus.ACCEPTED
                        || a.status() == org.minhu.ticket.AssignmentStatus.RESPONDED))
                && units.inForce(actor.unitCode()).map(u -> u.kind() == UnitKind.SUBDISTRICT || u.kind() == UnitKind.TOWNSHIP)
                .orElse(false);
        model.addAttribute("leadHere", leadHere);
        model.addAttribute("summonable", leadHere ? units.all().stream()
                .filter(u -> u.kind() == UnitKind.DEPARTMENT || u.kind() == UnitKind.ENTERPRISE)
                .sorted(java.util.Comparator.comparing(org.minhu.directory.Unit::kind).thenComparing(org.minhu.directory.Unit::code))
                .toList() : java.util.List.of());
        return "ticket";
    }
}
