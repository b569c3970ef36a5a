package org.minhu.web;

import org.minhu.directory.Actor;
import org.minhu.directory.Actors;
import org.minhu.directory.Role;
import org.minhu.platform.MinhuException;
import org.minhu.ticket.Board;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 督办看板: the supervisor's district (or the city) now: open tickets by state, today's intake by
 * hour, the units with the most overdue work, open whistles and supervisions; supervise from here.
 */
@Controller
class BoardPage {

    private final Board board;
    private final org.minhu.ticket.Tickets tickets;
    private final org.minhu.platform.ProblemTexts texts;
    private final java.time.ZoneId zone;

    BoardPage(Board board, org.minhu.ticket.Tickets tickets, org.minhu.platform.ProblemTexts texts, java.time.ZoneId cityZone) {
        this.board = board;
        this.tickets = tickets;
        this.texts = texts;
        this.zone = cityZone;
    }

    /** 督办 from the board, by the ticket's number; a refusal shows the board again with why. */
    @org.springframework.web.bind.annotation.PostMapping("/board/supervise")
    String supervise(@org.springframework.web.bind.annotation.RequestParam String number,
                     @org.springframework.web.bind.annotation.RequestParam(required = false) String note,
                     @org.springframework.web.bind.annotation.RequestParam(required = false)
                     @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
                     java.time.LocalDate dueAt,
                     @org.springframework.web.bind.annotation.RequestParam(required = false) org.minhu.ticket.SupervisionLevel level,
                     Model model, jakarta.servlet.http.HttpServletRequest request,
                     jakarta.servlet.http.HttpServletResponse response) {
        Actor actor = Actors.current();
        try {
            long id = tickets.idOfNumber(number, actor).orElseThrow(() -> MinhuException.notFound("ticket", number));
            tickets.handle(new org.minhu.ticket.TicketCommand.Supervise(id, note, level,
                    dueAt == null ? null : dueAt.plusDays(1).atStartOfDay(zone).toInstant()), actor);
            model.addAttribute("done", "supervise");
        } catch (MinhuException e) {
            response.setStatus(e.status().value());
            model.addAttribute("error", texts.detail(texts.language(request), e.status().value(), e.code(), e.getMessage(),
                    e.details()));
            model.addAttribute("errorCode", e.code());
        }
        return page(model);
    }

    @GetMapping("/board")
    String page(Model model) {
        Actor actor = Actors.current();
        if (actor.is(Role.HANDLER)) {
            throw MinhuException.forbidden("The board is for supervisors, the 12345 centre and admins");
        }
        model.addAttribute("b", board.of(actor));
        model.addAttribute("actor", actor);
        model.addAttribute("scope", actor.is(Role.SUPERVISOR) && !actor.citywide() ? actor.districtCode() : null);
        return "board";
    }
}
