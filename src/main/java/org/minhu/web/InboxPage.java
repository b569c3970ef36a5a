package org.minhu.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.minhu.directory.Actor;
import org.minhu.directory.Actors;
import org.minhu.directory.Role;
import org.minhu.platform.MinhuException;
import org.minhu.ticket.Inbox;
import org.minhu.ticket.Tickets;
import org.minhu.ticket.Whistles;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 待办, the handler's inbox: the unit's open assignments, supervised first, then by the deadline of
 * the step each owes next, coloured and counting down; every step done in the row (htmx swaps the
 * list back, with the refusal when the rules say no); the list polls for new assignments.
 */
@Controller
class InboxPage {

    private final Inbox inbox;
    private final Tickets tickets;
    private final Whistles whistles;
    private final InPlaceRefusals refusals;
    private final Clock clock;

    private final org.minhu.directory.Units units;

    InboxPage(Inbox inbox, Tickets tickets, Whistles whistles, InPlaceRefusals refusals, Clock clock, org.minhu.directory.Units units) {
        this.units = units;
        this.inbox = inbox;
        this.tickets = tickets;
        this.whistles = whistles;
        this.refusals = refusals;
        this.clock = clock;
    }

    @GetMapping("/inbox")
    String page(Model model) {
        return rows(model, "inbox");
    }

    @GetMapping("/inbox/rows")
    String poll(Model model) {
        return rows(model, "inbox :: rows");
    }

    /** One step from a row: accept, return, respond, extend, complete, forward, report (to a whistle), work (for it). */
    @PostMapping("/inbox/{assignmentId}/{verb}")
    String act(@PathVariable long assignmentId, @PathVariable String verb, @RequestParam(required = false) String text,
               @RequestParam(required = false) Integer workingDays, @RequestParam(required = false) Long whistleId,
               @RequestParam(required = false) String unitCode,
               @RequestParam(required = false) org.minhu.ticket.AssignmentRole role,
               Model model, HttpServletRequest request, HttpServletResponse response) {
        Actor actor = handler();
        try {
            switch (verb) {
                case "report" -> whistles.reportIn(required(whistleId), text, actor);
                case "work" -> whistles.recordWork(required(whistleId), text, actor);
                default -> tickets.handle(ConsoleCommands.onAssignment(verb, assignmentId,
                        new ConsoleCommands.Form(text, unitCode, role, null, null, null, workingDays)), actor);
            }
            model.addAttribute("done", verb);
        } catch (MinhuException e) {
            refusals.show(e, model, request, response);
        }
        return rows(model, "inbox :: rows");
    }

    private String rows(Model model, String view) {
        Actor actor = handler();
        model.addAttribute("items", inbox.of(actor));
        model.addAttribute("now", clock.instant());
        model.addAttribute("actor", actor);
        // a district's 12345 office forwards the tickets relayed to it (转派)
        model.addAttribute("office", units.inForce(actor.unitCode()).map(u -> u.kind() == org.minhu.directory.UnitKind.DISTRICT)
                .orElse(false));
        return view;
    }

    private static long required(Long whistleId) {
        if (whistleId == null) {
            throw MinhuException.invalid("INVALID_PARAMETER", "Which whistle: whistleId is missing");
        }
        return whistleId;
    }

    private static Actor handler() {
        Actor actor = Actors.current();
        if (!actor.is(Role.HANDLER)) {
            throw MinhuException.forbidden("The inbox is a handler's");
        }
        return actor;
    }
}
