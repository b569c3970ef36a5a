package org.minhu.ticket;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.minhu.calendar.Deadlines;
import org.minhu.calendar.WorkingCalendar;
import org.minhu.directory.Actor;
import org.minhu.directory.Role;
import org.minhu.directory.Unit;
import org.minhu.directory.Units;
import org.minhu.dispatch.Routing;
import org.minhu.dispatch.RoutingQuery;
import org.minhu.dispatch.RoutingSuggestion;
import org.minhu.platform.MinhuException;
import org.minhu.platform.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ticket module's API: intake, reading, and every lifecycle verb. Each verb runs in one
 * transaction: load, check visibility, call the aggregate's guarded method, store the ticket and
 * its new events together.
 */
@Service
public class Tickets {

    private final TicketRepository repository;
    private final TicketFinder finder;
    private final TicketAccess access;
    private final Units units;
    private final Deadlines deadlines;
    private final WorkingCalendar calendar;
    private final Routing routing;
    private final Clock clock;
    private final java.time.ZoneId zone;

    Tickets(TicketRepository repository, TicketFinder finder, TicketAccess access, Units units, Deadlines deadlines,
            WorkingCalendar calendar, Routing routing, Clock clock, java.time.ZoneId cityZone) {
        this.repository = repository;
        this.finder = finder;
        this.access = access;
        this.units = units;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.routing = routing;
        this.clock = clock;
        this.zone = cityZone;
    }

    /** Registers a new request (status RECEIVED) and suggests where it should go. */
    @Transactional
    public TicketView create(CreateTicket request, Actor actor) {
        if (!actor.is(Role.OPERATOR)) {
            throw MinhuException.forbidden("Requests are registered by the 12345 centre");
        }
        Instant now = now();
        CreateTicket.Location where = request.location();
        Optional<Unit> named = Optional.ofNullable(where).map(CreateTicket.Location::unitCode)
                .filter(code -> !code.isBlank())
                .map(code -> units.find(code).orElseThrow(() -> noUnit(code)));
        List<RoutingSuggestion> suggestions = routing.suggest(new RoutingQuery(
                where == null ? null : where.address(), request.content(), named.map(Unit::code).orElse(null),
                where == null ? null : where.lat(), where == null ? null : where.lng(), request.categoryCode()));
        String district = named.map(Unit::districtCode).orElseGet(() -> suggestions.stream().findFirst()
                .flatMap(s -> units.inForce(s.unitCode())).map(Unit::districtCode).orElse(null));
        Ticket ticket = Ticket.receive(facts(request), null, district, actor, now);
        repository.insert(ticket);
        return TicketViews.of(ticket, actor, now).withSuggestions(suggestions);
    }

    @Transactional(readOnly = true)
    public TicketView get(long id, Actor actor) {
        return TicketViews.of(load(id, actor), actor, now());
    }

    /**
     * The ticket, the first {@code maxEvents} entries of its log and, for an operator while it awaits
     * dispatch, where it could go: what one page shows, loaded and checked once.
     */
    @Transactional(readOnly = true)
    public TicketDetail detail(long id, Actor actor, int maxEvents) {
        Ticket ticket = load(id, actor);
        boolean dispatching = actor.is(Role.OPERATOR) && ticket.status == TicketStatus.RECEIVED;
        return new TicketDetail(TicketViews.of(ticket, actor, now()), events(ticket, actor, 0, maxEvents).content(),
                dispatching ? suggestions(ticket.facts) : List.of());
    }

    private List<RoutingSuggestion> suggestions(TicketFacts f) {
        return routing.suggest(new RoutingQuery(f.address(), f.content(), f.locationUnitCode(), f.lat(), f.lng(),
                f.categoryCode()));
    }

    /** Whether the assignment is one of the ticket's (a console address names both). */
    @Transactional(readOnly = true)
    public boolean isAssignmentOf(long assignmentId, long ticketId) {
        return finder.ticketOfAssignment(assignmentId).filter(t -> t == ticketId).isPresent();
    }

    @Transactional(readOnly = true)
    public Page<TicketView> list(TicketQuery query, Actor actor) {
        return finder.find(query, actor, now());
    }

    @Transactional(readOnly = true)
    public Page<EventView> events(long id, Actor actor, int page, int size) {
        return events(load(id, actor), actor, page, size);
    }

    private Page<EventView> events(Ticket ticket, Actor actor, int page, int size) {
        Page<EventView> events = TicketViews.returnedAt(ticket, actor) == null ? finder.events(ticket.id, page, size)
                : finder.eventsUntilReturned(ticket.id, actor.unitCode(), page, size);
        if (TicketViews.seesNumbers(actor, ticket.facts)) {
            return events;
        }
        return new Page<>(events.content().stream().map(e -> new EventView(e.id(), e.type(), e.at(), e.actor(), e.actorUnit(),
                e.assignmentId(), masked(e.data()))).toList(), events.page(), events.size(), events.totalElements());
    }

    private static java.util.Map<String, Object> masked(java.util.Map<String, Object> data) {
        java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
        data.forEach((k, v) -> out.put(k, v instanceof String s ? PhoneMask.inText(s) : v));
        return out;
    }

    @Transactional
    public TicketView answer(long id, String text, Actor actor) {
        String answer = text(text, "answer", 5000);
        return change(id, actor, t -> t.answer(actor, answer, now()));
    }

    @Transactional
    public TicketView dispatch(long id, String unitCode, AssignmentRole role, Route route, Actor actor) {
        Unit unit = dispatchable(unitCode);
        return change(id, actor, t -> t.dispatch(actor, unit, role, route, deadlines, now()));
    }

    @Transactional
    public TicketView merge(long id, long parentId, Actor actor) {
        Ticket child = load(id, actor);
        Ticket parent = repository.find(parentId).map(p -> access.check(actor, p))
                .orElseThrow(() -> MinhuException.notFound("ticket", parentId));
        child.mergeInto(actor, parent, now());
        save(parent);
        save(child);
        return TicketViews.of(child, actor, now());
    }

    @Transactional
    public TicketView terminate(long id, String reason, Actor actor) {
        String why = text(reason, "reason", 1000);
        return change(id, actor, t -> t.terminate(actor, why, now()));
    }

    @Transactional
    public TicketView callback(long id, CallbackResult result, Actor actor) {
        return change(id, actor, t -> t.recordCallback(actor, result, now()));
    }

    @Transactional
    public TicketView reopen(long id, Actor actor) {
        return change(id, actor, t -> t.reopen(actor, units::require, deadlines, now()));
    }

    @Transactional
    public TicketView supervise(long id, String note, Actor actor) {
        String said = note == null || note.isBlank() ? null : text(note, "note", 1000);
        return change(id, actor, t -> t.supervise(actor, said, now()));
    }

    @Transactional
    public TicketView accept(long assignmentId, Actor actor) {
        return changeAssignment(assignmentId, actor, t -> t.accept(actor, assignmentId, now()));
    }

    @Transactional
    public TicketView requestReturn(long assignmentId, String reason, Actor actor) {
        String why = text(reason, "reason", 1000);
        return changeAssignment(assignmentId, actor, t -> t.requestReturn(actor, assignmentId, why, now()));
    }

    @Transactional
    public TicketView approveReturn(long assignmentId, String redispatchTo, Actor actor) {
        Optional<Unit> next = Optional.ofNullable(redispatchTo).filter(c -> !c.isBlank()).map(this::dispatchable);
        return changeAssignment(assignmentId, actor,
                t -> t.approveReturn(actor, assignmentId, next, deadlines, now()));
    }

    @Transactional
    public TicketView rejectReturn(long assignmentId, Actor actor) {
        return changeAssignment(assignmentId, actor, t -> t.rejectReturn(actor, assignmentId, now()));
    }

    @Transactional
    public TicketView respond(long assignmentId, Actor actor) {
        return changeAssignment(assignmentId, actor, t -> t.respond(actor, assignmentId, now()));
    }

    @Transactional
    public TicketView complete(long assignmentId, String reply, Actor actor) {
        String said = text(reply, "reply", 5000);
        return changeAssignment(assignmentId, actor,
                t -> t.complete(actor, assignmentId, said, deadlines, now()));
    }

    /** Asks for more time: until an instant, or a number of working days past the current deadline. */
    @Transactional
    public TicketView requestExtension(long assignmentId, ExtensionRequest request, Actor actor) {
        text(request.reason(), "reason", 500);
        request.check();
        return changeAssignment(assignmentId, actor, t -> t.requestExtension(actor, assignmentId, request.until(),
                request.workingDays(), request.reason(), calendar, now()));
    }

    /** The requester's full number, for the handler who calls back; the reveal is an event. */
    @Transactional
    public String revealPhone(long assignmentId, Actor actor) {
        long ticketId = finder.ticketOfAssignment(assignmentId)
                .orElseThrow(() -> MinhuException.notFound("assignment", assignmentId));
        Ticket ticket = repository.find(ticketId).filter(t -> access.canSee(actor, t))
                .orElseThrow(() -> MinhuException.notFound("assignment", assignmentId));
        String phone = ticket.revealPhone(actor, assignmentId, now());
        save(ticket);
        return phone;
    }

    /** 转派: the district office holding a relayed assignment forwards the ticket within its district. */
    @Transactional
    public TicketView forward(long assignmentId, String unitCode, AssignmentRole role, Actor actor) {
        Unit unit = dispatchable(unitCode);
        return changeAssignment(assignmentId, actor,
                t -> t.forward(actor, assignmentId, unit, role == null ? AssignmentRole.LEAD : role, deadlines, now()));
    }

    @Transactional
    public TicketView approveExtension(long assignmentId, Actor actor) {
        return changeAssignment(assignmentId, actor, t -> t.approveExtension(actor, assignmentId, now()));
    }

    @Transactional
    public TicketView rejectExtension(long assignmentId, Actor actor) {
        return changeAssignment(assignmentId, actor, t -> t.rejectExtension(actor, assignmentId, now()));
    }

    private TicketView change(long id, Actor actor, Consumer<Ticket> verb) {
        Ticket ticket = load(id, actor);
        verb.accept(ticket);
        save(ticket);
        return TicketViews.of(ticket, actor, now());
    }

    private TicketView changeAssignment(long assignmentId, Actor actor, Consumer<Ticket> verb) {
        long ticketId = finder.ticketOfAssignment(assignmentId)
                .orElseThrow(() -> MinhuException.notFound("assignment", assignmentId));
        Ticket ticket = repository.find(ticketId).filter(t -> access.canSee(actor, t))
                .orElseThrow(() -> MinhuException.notFound("assignment", assignmentId));
        verb.accept(ticket);
        save(ticket);
        return TicketViews.of(ticket, actor, now());
    }

    private Ticket load(long id, Actor actor) {
        return repository.find(id).map(t -> access.check(actor, t))
                .orElseThrow(() -> MinhuException.notFound("ticket", id));
    }

    /** Stores a changed ticket; its new events go to the {@link EventLog}, which publishes them. */
    void save(Ticket ticket) {
        repository.update(ticket);
    }

    private Unit dispatchable(String unitCode) {
        Unit unit = units.find(unitCode).orElseThrow(() -> noUnit(unitCode));
        if (!unit.validOn(now().atZone(zone).toLocalDate())) {
            throw MinhuException.invalid("INVALID_UNIT", "not-in-force", "Unit " + unitCode + " is no longer in force",
                    Map.of("unit", unitCode));
        }
        return unit;
    }

    private static TicketFacts facts(CreateTicket r) {
        CreateTicket.Requester who = r.requester();
        CreateTicket.Location where = r.location();
        return new TicketFacts(r.channel(), r.type(), r.urgency() == null ? Urgency.NORMAL : r.urgency(),
                trim(r.subject()), r.content().strip(), trim(r.categoryCode()),
                who == null ? null : trim(who.name()), who == null ? null : trim(who.phone()),
                who != null && Boolean.TRUE.equals(who.confidential()),
                where == null ? null : trim(where.address()), where == null ? null : where.lat(),
                where == null ? null : where.lng(), where == null ? null : trim(where.unitCode()));
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Now, to the microsecond PostgreSQL keeps, so a fresh view equals a reloaded one. */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    private static MinhuException noUnit(String code) {
        return MinhuException.invalid("INVALID_UNIT", "no-unit", "No unit " + code, Map.of("unit", String.valueOf(code)));
    }

    /** Free text from any caller, API or console: present, not too long, and text. */
    private static String text(String value, String field, int max) {
        if (value == null || !org.minhu.platform.HasText.Validator.hasText(value)) {
            throw MinhuException.invalid("VALIDATION_FAILED", "empty", field + " must not be empty", Map.of("field", field));
        }
        if (value.length() > max || !org.minhu.platform.CleanText.Validator.isClean(value)) {
            throw MinhuException.invalid("VALIDATION_FAILED", "too-long", field + " must be text of at most " + max + " characters",
                    Map.of("field", field, "maxLength", max));
        }
        return value.strip();
    }
}
