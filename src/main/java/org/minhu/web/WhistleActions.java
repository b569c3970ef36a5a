package org.minhu.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.minhu.directory.Actors;
import org.minhu.platform.MinhuException;
import org.minhu.ticket.SupervisionLevel;
import org.minhu.ticket.TicketCommand;
import org.minhu.ticket.Tickets;
import org.minhu.ticket.WhistleType;
import org.minhu.ticket.Whistles;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The ticket page's 吹哨报到 and 督办 buttons: blow the whistle, report in, record the work,
 * supervise with a level and a deadline. Each returns to the ticket, with the refusal shown there.
 */
@Controller
class WhistleActions {

    private final Whistles whistles;
    private final Tickets tickets;
    private final ZoneId zone;

    WhistleActions(Whistles whistles, Tickets tickets, ZoneId cityZone) {
        this.whistles = whistles;
        this.tickets = tickets;
        this.zone = cityZone;
    }

    @PostMapping("/tickets/{id}/whistle")
    String blow(@PathVariable long id, @RequestParam(required = false) WhistleType type,
                @RequestParam(required = false) List<String> unitCodes, @RequestParam(required = false) String note,
                HttpServletRequest request, RedirectAttributes flash) {
        request.setAttribute(TicketActions.BACK, "/tickets/" + id);
        whistles.blow(id, type, unitCodes == null ? List.of() : unitCodes, note, Actors.current());
        return done(id, "whistle", flash);
    }

    @PostMapping("/tickets/{id}/whistles/{whistleId}/{verb}")
    String summoned(@PathVariable long id, @PathVariable long whistleId, @PathVariable String verb,
                    @RequestParam(required = false) String text, HttpServletRequest request, RedirectAttributes flash) {
        request.setAttribute(TicketActions.BACK, "/tickets/" + id);
        if (whistles.get(whistleId, Actors.current()).ticketId() != id) {
            throw MinhuException.notFound("whistle", whistleId); // never act on another ticket than the page's
        }
        switch (verb) {
            case "report" -> whistles.reportIn(whistleId, text, Actors.current());
            case "work" -> whistles.recordWork(whistleId, text, Actors.current());
            default -> throw MinhuException.notFound("action", verb);
        }
        return done(id, verb, flash);
    }

    @PostMapping("/tickets/{id}/supervise")
    String supervise(@PathVariable long id, @RequestParam(required = false) String text,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueAt,
                     @RequestParam(required = false) SupervisionLevel level, HttpServletRequest request,
                     RedirectAttributes flash) {
        request.setAttribute(TicketActions.BACK, "/tickets/" + id);
        tickets.handle(new TicketCommand.Supervise(id, text, level,
                dueAt == null ? null : dueAt.plusDays(1).atStartOfDay(zone).toInstant()), Actors.current());
        return done(id, "supervise", flash);
    }

    private static String done(long id, String verb, RedirectAttributes flash) {
        flash.addFlashAttribute("done", verb);
        return "redirect:/tickets/" + id;
    }
}
