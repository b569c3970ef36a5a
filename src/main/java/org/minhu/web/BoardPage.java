package org.minhu.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.minhu.directory.Actor;
import org.minhu.directory.Actors;
import org.minhu.directory.Role;
import org.minhu.platform.MinhuException;
import org.minhu.ticket.Board;
import org.minhu.ticket.SupervisionLevel;
import org.minhu.ticket.TicketCommand;
import org.minhu.ticket.Tickets;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 督办看板: the supervisor's district (or the city) now: open tickets by state, today's intake by
 * hour, the units with the most overdue work, whistles and supervisions; supervise from here.
 */
@Controller
class BoardPage {

    private final Board board;
    private final Tickets tickets;
    private final InPlaceRefusals refusals;
    private final ZoneId zone;

    BoardPage(Board board, Tickets tickets, InPlaceRefusals refusals, ZoneId cityZone) {
        this.board = board;
        this.tickets = tickets;
        this.refusals = refusals;
        this.zone = cityZone;
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

    /** 督办 from the board, by the ticket's number; a refusal shows the board again with why. */
    @PostMapping("/board/supervise")
    String supervise(@RequestParam String number, @RequestParam(required = false) String note,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueAt,
                     @RequestParam(required = false) SupervisionLevel level, Model model, HttpServletRequest request,
                     HttpServletResponse response) {
        Actor actor = Actors.current();
        try {
            long id = tickets.idOfNumber(number, actor).orElseThrow(() -> MinhuException.notFound("ticket", number));
            tickets.handle(new TicketCommand.Supervise(id, note, level,
                    dueAt == null ? null : dueAt.plusDays(1).atStartOfDay(zone).toInstant()), actor);
            model.addAttribute("done", "supervise");
        } catch (MinhuException e) {
            refusals.show(e, model, request, response);
        }
        return page(model);
    }
}
