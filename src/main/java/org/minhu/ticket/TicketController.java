package org.minhu.ticket;

import jakarta.validation.Valid;
import java.time.ZoneId;
import org.minhu.directory.Actors;
import org.minhu.platform.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/tickets}: intake, reading, and the centre's and supervisors' actions. */
@RestController
@RequestMapping("/api/v1/tickets")
class TicketController {

    private final Tickets tickets;
    private final Intake intake;
    private final ZoneId zone;

    TicketController(Tickets tickets, Intake intake, ZoneId cityZone) {
        this.tickets = tickets;
        this.intake = intake;
        this.zone = cityZone;
    }

    @PostMapping
    ResponseEntity<TicketView> create(@Valid @RequestBody CreateTicket body,
                                      @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        Intake.Result result = intake.create(body, Actors.current(), key);
        return ResponseEntity.status(HttpStatus.CREATED)
                .header("Location", "/api/v1/tickets/" + result.ticket().id())
                .header("Idempotent-Replayed", String.valueOf(result.replayed()))
                .body(result.ticket());
    }

    @GetMapping("/{id}")
    TicketView get(@PathVariable long id) {
        return tickets.get(id, Actors.current());
    }

    @GetMapping
    Page<TicketView> list(@RequestParam(required = false) TicketStatus status,
                          @RequestParam(required = false) String unit,
                          @RequestParam(required = false) String category,
                          @RequestParam(required = false) String from,
                          @RequestParam(required = false) String to,
                          @RequestParam(required = false) String q,
                          @RequestParam(required = false) ExemptionStatus exemption,
                          @RequestParam(defaultValue = "0") int page,
                          @RequestParam(defaultValue = "50") int size) {
        return tickets.list(new TicketQuery(status, unit, category, TimeParam.start(from, zone, "from"), TimeParam.start(to, zone, "to"), q, exemption, page, size),
                Actors.current());
    }

    /** 免考核 asked by the centre or the lead unit: {@code {reasonCode, evidence}}. */
    @PostMapping("/{id}/exemption")
    TicketView requestExemption(@PathVariable long id, @RequestBody ActionBodies.ExemptionAsked body) {
        return tickets.handle(new TicketCommand.RequestExemption(id, body.reasonCode(), body.evidence()), Actors.current());
    }

    @PostMapping("/{id}/exemption/approve")
    TicketView approveExemption(@PathVariable long id) {
        return tickets.handle(new TicketCommand.ApproveExemption(id), Actors.current());
    }

    @PostMapping("/{id}/exemption/reject")
    TicketView rejectExemption(@PathVariable long id, @RequestBody ActionBodies.Reason body) {
        return tickets.handle(new TicketCommand.RejectExemption(id, body.reason()), Actors.current());
    }

    @GetMapping("/{id}/events")
    Page<EventView> events(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
                           @RequestParam(defaultValue = "100") int size) {
        return tickets.events(id, Actors.current(), page, size);
    }

    @PostMapping("/{id}/answer")
    TicketView answer(@PathVariable long id, @Valid @RequestBody ActionBodies.Answer body) {
        return tickets.handle(body.command(id), Actors.current());
    }

    @PostMapping("/{id}/dispatch")
    TicketView dispatch(@PathVariable long id, @Valid @RequestBody ActionBodies.Dispatch body) {
        return tickets.handle(body.command(id), Actors.current());
    }

    @PostMapping("/{id}/merge")
    TicketView merge(@PathVariable long id, @Valid @RequestBody ActionBodies.Merge body) {
        return tickets.handle(body.command(id), Actors.current());
    }

    @PostMapping("/{id}/terminate")
    TicketView terminate(@PathVariable long id, @Valid @RequestBody ActionBodies.Reason body) {
        return tickets.handle(new TicketCommand.Terminate(id, body.reason()), Actors.current());
    }

    @PostMapping("/{id}/callback")
    TicketView callback(@PathVariable long id, @Valid @RequestBody ActionBodies.Callback body) {
        return tickets.handle(new TicketCommand.RecordCallback(id, body.result()), Actors.current());
    }

    @PostMapping("/{id}/reopen")
    TicketView reopen(@PathVariable long id) {
        return tickets.handle(new TicketCommand.Reopen(id), Actors.current());
    }

    @PostMapping("/{id}/supervise")
    TicketView supervise(@PathVariable long id, @Valid @RequestBody(required = false) ActionBodies.Supervise body) {
        TicketCommand.Supervise command = body == null ? new TicketCommand.Supervise(id, null)
                : new TicketCommand.Supervise(id, body.note(), body.level(), TimeParam.end(body.dueAt(), zone, "dueAt"));
        return tickets.handle(command, Actors.current());
    }

    /** 解除督办 by a supervisor: {@code {note?}}. */
    @PostMapping("/{id}/supervision/lift")
    TicketView liftSupervision(@PathVariable long id, @RequestBody(required = false) ActionBodies.Note body) {
        return tickets.handle(new TicketCommand.LiftSupervision(id, body == null ? null : body.note()), Actors.current());
    }
}
