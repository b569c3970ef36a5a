package org.minhu.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.ZoneId;
import org.minhu.directory.Actor;
import org.minhu.directory.Actors;
import org.minhu.directory.Role;
import org.minhu.platform.MinhuException;
import org.minhu.ticket.Channel;
import org.minhu.ticket.CreateTicket;
import org.minhu.ticket.RequestType;
import org.minhu.ticket.TicketDetail;
import org.minhu.ticket.TicketQuery;
import org.minhu.ticket.TicketStatus;
import org.minhu.ticket.Intake;
import org.minhu.ticket.Tickets;
import org.minhu.ticket.Urgency;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The ticket workbench: the list in the user's scope, one ticket with its log, and intake. */
@Controller
class TicketPages {

    private final Tickets tickets;
    private final Intake intake;
    private final ZoneId zone;

    TicketPages(Tickets tickets, Intake intake, ZoneId cityZone) {
        this.tickets = tickets;
        this.intake = intake;
        this.zone = cityZone;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/tickets";
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
        model.addAttribute("actor", actor);
        return "ticket";
    }

    @GetMapping("/tickets/new")
    String newTicket(Model model) {
        if (!Actors.current().is(Role.OPERATOR)) {
            throw MinhuException.forbidden("Requests are registered by the 12345 centre");
        }
        model.addAttribute("form", new IntakeForm());
        return intakePage(model);
    }

    @PostMapping("/tickets")
    String create(@Valid @ModelAttribute("form") IntakeForm form, BindingResult errors, Model model) {
        if (errors.hasErrors()) {
            return intakePage(model);
        }
        CreateTicket request = form.toRequest();
        return "redirect:/tickets/" + intake.create(request, Actors.current(), form.idempotencyKey()).ticket().id();
    }

    private String intakePage(Model model) {
        model.addAttribute("channels", Channel.values());
        model.addAttribute("types", RequestType.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("actor", Actors.current());
        return "intake";
    }
}
