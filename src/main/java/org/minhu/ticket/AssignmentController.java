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
        return tickets.handle(new TicketCommand.Accept(id), Actors.current());
    }

    @PostMapping("/return")
    TicketView requestReturn(@PathVariable long id, @Valid @RequestBody ActionBodies.Reason body) {
        return tickets.handle(new TicketCommand.RequestReturn(id, body.reason()), Actors.current());
    }

    @PostMapping("/return/approve")
    TicketView approveReturn(@PathVariable long id, @Valid @RequestBody(required = false) ActionBodies.Redispatch body) {
        return tickets.handle(new TicketCommand.ApproveReturn(id, body == null ? null : body.unitCode()), Actors.current());
    }

    @PostMapping("/return/reject")
    TicketView rejectReturn(@PathVariable long id) {
        return tickets.handle(new TicketCommand.RejectReturn(id), Actors.current());
    }

    @PostMapping("/respond")
    TicketView respond(@PathVariable long id) {
        return tickets.handle(new TicketCommand.Respond(id), Actors.current());
    }

    @PostMapping("/complete")
    TicketView complete(@PathVariable long id, @Valid @RequestBody ActionBodies.Complete body) {
        return tickets.handle(new TicketCommand.Complete(id, body.reply()), Actors.current());
    }

    @PostMapping("/extend")
    TicketView extend(@PathVariable long id, @Valid @RequestBody ExtensionRequest body) {
        return tickets.handle(body.command(id), Actors.current());
    }

    /** 转派: a district office forwards the relayed ticket to a unit of its district ({@code {unitCode, role}}). */
    @PostMapping("/forward")
    TicketView forward(@PathVariable long id, @Valid @RequestBody ActionBodies.Forward body) {
        return tickets.handle(body.command(id), Actors.current());
    }

    /** 显示号码: the full number of the requester, for the handler who calls back (recorded). */
    @PostMapping("/reveal-phone")
    java.util.Map<String, String> revealPhone(@PathVariable long id) {
        return java.util.Map.of("phone", tickets.revealPhone(id, Actors.current()));
    }

    @PostMapping("/extend/approve")
    TicketView approveExtension(@PathVariable long id) {
        return tickets.handle(new TicketCommand.ApproveExtension(id), Actors.current());
    }

    @PostMapping("/extend/reject")
    TicketView rejectExtension(@PathVariable long id) {
        return tickets.handle(new TicketCommand.RejectExtension(id), Actors.current());
    }
}
