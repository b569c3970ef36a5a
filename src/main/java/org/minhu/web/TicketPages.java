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
    private final CategoryChoices categories;
    private final org.springframework.context.MessageSource messages;
    private final UnitLabels unitLabels;
    private final CategoryLabels categoryLabels;
    private final Times times;

    TicketPages(Tickets tickets, Suggestions proposals, ZoneId cityZone, org.minhu.directory.Units units,
                CategoryChoices categories, org.springframework.context.MessageSource messages, UnitLabels unitLabels,
                CategoryLabels categoryLabels, Times times) {
        this.units = units;
        this.categories = categories;
        this.messages = messages;
        this.unitLabels = unitLabels;
        this.categoryLabels = categoryLabels;
        this.times = times;
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
            case ADMIN -> "redirect:/admin/users";
        };
    }

    @GetMapping("/tickets")
    String list(@org.springframework.web.bind.annotation.ModelAttribute("f") TicketFilters filters,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Actor actor = Actors.current();
        model.addAttribute("page", tickets.list(filters.query(zone, 25), actor));
        model.addAttribute("statuses", TicketStatus.values());
        model.addAttribute("channels", org.minhu.ticket.Channel.values());
        model.addAttribute("districts", units.all().stream().filter(u -> u.kind() == UnitKind.DISTRICT)
                .sorted(java.util.Comparator.comparing(org.minhu.directory.Unit::code)).toList());
        model.addAttribute("categories", categories.groups());
        model.addAttribute("actor", actor);
        return htmx != null ? "tickets :: results" : "tickets";
    }

    /** The filtered list as an Excel workbook, streamed, masked as the reader sees it. */
    @GetMapping("/tickets/export.xlsx")
    void export(@org.springframework.web.bind.annotation.ModelAttribute("f") TicketFilters filters,
                jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        Actor actor = Actors.current();
        java.util.Locale locale = org.springframework.web.servlet.support.RequestContextUtils.getLocale(request);
        response.setContentType(TicketWorkbook.TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"tickets.xlsx\"");
        TicketWorkbook.write(tickets, filters.query(zone, 1), actor, key -> messages.getMessage(key, null, key, locale),
                new TicketWorkbook.Labels() {
                    public String unit(String code) {
                        return unitLabels.name(code);
                    }

                    public String category(String code) {
                        return categoryLabels.name(code);
                    }

                    public String time(java.time.Instant at) {
                        return times.at(at);
                    }
                }, response.getOutputStream());
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
