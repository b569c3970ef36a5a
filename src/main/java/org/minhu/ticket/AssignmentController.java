package org.minhu.ticket;

import jakarta.validation.Valid;
import org.minhu.directory.Actors;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/assignments}: the unit's actions and the centre's decisions on them. */
@RestController
@RequestMapping("/api/v1/assignments/{id}")
class AssignmentController {

    private final Tickets tickets;

    AssignmentController(Tickets tickets) {
        this.tickets = tickets;
    }

    @PostMapping("/accept")
    TicketView accept(@PathVariable long id) {
        return tickets.accept(id, Actors.current());
    }

    @PostMapping("/return")
    TicketView requestReturn(@PathVariable long id, @Valid @RequestBody ActionBodies.Reason body) {
        return tickets.requestReturn(id, body.reason(), Actors.current());
    }

    @PostMapping("/return/approve")
    TicketView approveReturn(@PathVariable long id, @Valid @RequestBody(required = false) ActionBodies.Redispatch body) {
        return tickets.approveReturn(id, body == null ? null : body.unitCode(), Actors.current());
    }

    @PostMapping("/return/reject")
    TicketView rejectReturn(@PathVariable long id) {
        return tickets.rejectReturn(id, Actors.current());
    }

    @PostMapping("/respond")
    TicketView respond(@PathVariable long id) {
        return tickets.respond(id, Actors.current());
    }

    @PostMapping("/complete")
    TicketView complete(@PathVariable long id, @Valid @RequestBody ActionBodies.Complete body) {
        return tickets.complete(id, body.reply(), Actors.current());
    }

    @PostMapping("/extend")
    TicketView extend(@PathVariable long id, @Valid @RequestBody ExtensionRequest body) {
        return tickets.requestExtension(id, body, Actors.current());
    }

    /** 转派: a district office forwards the relayed ticket to a unit of its district ({@code {unitCode, role}}). */
    @PostMapping("/forward")
    TicketView forward(@PathVariable long id, @Valid @RequestBody ActionBodies.Forward body) {
        return tickets.forward(id, body.unitCode(), body.role(), Actors.current());
    }

    /** 显示号码: the full number of the requester, for the handler who calls back (recorded). */
    @PostMapping("/reveal-phone")
    java.util.Map<String, String> revealPhone(@PathVariable long id) {
        return java.util.Map.of("phone", tickets.revealPhone(id, Actors.current()));
    }

    @PostMapping("/extend/approve")
    TicketView approveExtension(@PathVariable long id) {
        return tickets.approveExtension(id, Actors.current());
    }

    @PostMapping("/extend/reject")
    TicketView rejectExtension(@PathVariable long id) {
        return tickets.rejectExtension(id, Actors.current());
    }
}
