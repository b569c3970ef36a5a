package org.minhu.ticket;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private final org.minhu.dispatch.Suggestions proposals;
    private final org.minhu.dispatch.Categories categories;
    private final Clock clock;
    private final java.time.ZoneId zone;
    private final org.springframework.beans.factory.ObjectProvider<ArticleCheck> articles;

    Tickets(TicketRepository repository, TicketFinder finder, TicketAccess access, Units units, Deadlines deadlines,
            WorkingCalendar calendar, Routing routing, org.minhu.dispatch.Suggestions proposals,
            org.minhu.dispatch.Categories categories, Clock clock, java.time.ZoneId cityZone,
            org.springframework.beans.factory.ObjectProvider<ArticleCheck> articles) {
        this.articles = articles;
        this.proposals = proposals;
        this.categories = categories;
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
        String category = trim(request.categoryCode());
        if (category != null && categories.find(category).isEmpty()) {
            throw MinhuException.invalid("INVALID_CATEGORY", "no-category", "No category " + category,
                    Map.of("category", category));
        }
        if (category != null && !categories.find(category).orElseThrow().inForceOn(now.atZone(zone).toLocalDate())) {
            throw MinhuException.invalid("INVALID_CATEGORY", "retired-category", "The category " + category
                    + " is not chosen for new requests on this day", Map.of("category", category));
        }
        List<RoutingSuggestion> suggestions = routing.suggest(new RoutingQuery(
                where == null ? null : where.address(), request.content(), named.map(Unit::code).orElse(null),
                where == null ? null : where.lat(), where == null ? null : where.lng(), request.categoryCode()));
        String district = named.map(Unit::districtCode).orElseGet(() -> suggestions.stream().findFirst()
                .flatMap(s -> units.inForce(s.unitCode())).map(Unit::districtCode).orElse(null));
        Ticket ticket = Ticket.receive(facts(request), null, district, actor, now);
        repository.insert(ticket);
        var proposed = suggestions(request);
        proposals.record(ticket.id, now, proposed);
        return TicketViews.of(ticket, actor, now).withSuggestions(suggestions, proposed);
    }

    /**
     * 主动发现 and 吹哨 at once: the handler's street or township registers what it found (channel
     * PROACTIVE, led by itself) and summons departments to it; answers the new whistle's id.
     */
    @Transactional
    public long patrol(PatrolFinding finding, Actor actor) {
        Instant now = now();
        if (!actor.is(Role.HANDLER)) {
            throw MinhuException.forbidden("Streets and townships register what they find on patrol");
        }
        String category = trim(finding.categoryCode());
        if (category != null && categories.find(category).isEmpty()) {
            throw MinhuException.invalid("INVALID_CATEGORY", "no-category", "No category " + category,
                    Map.of("category", category));
        }
        TicketCommand.BlowWhistle whistle = new TicketCommand.BlowWhistle(0, finding.type(), finding.unitCodes(), finding.note());
        CreateTicket.Location where = finding.location();
        TicketFacts facts = new TicketFacts(Channel.PROACTIVE, RequestType.REPORT, Urgency.NORMAL, trim(finding.subject()),
                finding.content().strip(), category, null, null, false, where == null ? null : trim(where.address()),
                where == null ? null : where.lat(), where == null ? null : where.lng(), actor.unitCode());
        Ticket ticket = Ticket.found(facts, units.require(actor.unitCode()), actor, deadlines, now);
        Whistle blown = ticket.blowWhistle(actor, finder::newWhistleId, whistle.type(), this::dispatchable,
                whistle.unitCodes(), whistle.note(), deadlines, now);
        repository.insert(ticket);
        return blown.id;
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

    /** The category, place and units proposed for a request as registered. */
    private org.minhu.dispatch.Suggestion suggestions(CreateTicket request) {
        CreateTicket.Location where = request.location();
        return proposals.suggest(request.subject(), request.content(), where == null ? null : where.address(),
                where == null ? null : where.lat(), where == null ? null : where.lng());
    }

    private List<RoutingSuggestion> suggestions(TicketFacts f) {
        return routing.suggest(new RoutingQuery(f.address(), f.content(), f.locationUnitCode(), f.lat(), f.lng(),
                f.categoryCode()));
    }

    /** The id of the ticket with this number, if the actor may see it. */
    @Transactional(readOnly = true)
    public Optional<Long> idOfNumber(String number, Actor actor) {
        return finder.idOfNumber(number == null ? "" : number.strip())
                .flatMap(repository::find).filter(t -> access.canSee(actor, t)).map(t -> t.id);
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

    /** The tickets of {@code ids} as the actor sees them, in the order given; those it may not see are left out. */
    @Transactional(readOnly = true)
    public List<TicketView> views(List<Long> ids, Actor actor) {
        return finder.views(ids, actor, now());
    }

    /**
     * 重复来电: the caller's own requests of the last {@code window}, newest first (at most ten);
     * for the centre, which alone sees numbers.
     */
    @Transactional(readOnly = true)
    public List<TicketView> callerHistory(String phone, java.time.Duration window, Actor actor) {
        if (!actor.is(Role.OPERATOR) || phone == null || phone.isBlank()) {
            return List.of();
        }
        return finder.views(finder.ofCaller(phone, now().minus(window), 10), actor, now());
    }

    /** The most rows one export writes. */
    public static final int MAX_EXPORT = 100_000;

    /** The list's rows for its export, newest first, at most {@link #MAX_EXPORT}, streamed to {@code out}. */
    @Transactional(readOnly = true)
    public void export(TicketQuery query, Actor actor, java.util.function.Consumer<TicketExportRow> out) {
        finder.export(query, actor, MAX_EXPORT, out);
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

    /**
     * Carries out a command for the actor: the unit it names must be in force, the ticket (or the
     * assignment's ticket) must be one the actor may see, and the verb checks its own rule. A
     * merge stores the parent with the child.
     */
    @Transactional
    public TicketView handle(TicketCommand command, Actor actor) {
        if (command.unitNamed() != null) {
            dispatchable(command.unitNamed());
        }
        Ticket ticket = switch (command) {
            case TicketCommand.OnTicket c -> load(c.ticketId(), actor);
            case TicketCommand.OnAssignment c -> loadByAssignment(c.assignmentId(), actor);
            case TicketCommand.OnWhistle c -> loadByWhistle(c.whistleId(), actor);
        };
        LiveContext context = new LiveContext(actor);
        CommandVerbs.apply(ticket, command, actor, now(), context);
        context.parents.forEach(this::save);
        save(ticket);
        return TicketViews.of(ticket, actor, now());
    }

    /** The requester's full number, for the handler who calls back; the reveal is an event. */
    @Transactional
    public String revealPhone(long assignmentId, Actor actor) {
        Ticket ticket = loadByAssignment(assignmentId, actor);
        String phone = ticket.revealPhone(actor, assignmentId, now());
        save(ticket);
        return phone;
    }

    /** What a live verb reaches: units in force, tickets the actor may see (kept to be saved). */
    private final class LiveContext implements CommandVerbs.Context {
        private final Actor actor;
        private final List<Ticket> parents = new java.util.ArrayList<>();

        LiveContext(Actor actor) {
            this.actor = actor;
        }

        @Override
        public Unit unit(String code) {
            return dispatchable(code);
        }

        @Override
        public Unit knownUnit(String code) {
            return units.require(code);
        }

        @Override
        public Deadlines deadlines() {
            return deadlines;
        }

        @Override
        public WorkingCalendar calendar() {
            return calendar;
        }

        @Override
        public long newWhistleId() {
            return finder.newWhistleId();
        }

        @Override
        public void requireOffered(long articleVersion, Instant at) {
            ArticleCheck check = articles.getIfAvailable();
            if (check == null) {
                throw MinhuException.invalid("ARTICLE_NOT_OFFERED", "No knowledge base answers here");
            }
            check.requireOffered(articleVersion, at);
        }

        @Override
        public Ticket parent(long id) {
            Ticket parent = load(id, actor);
            parents.add(parent);
            return parent;
        }
    }

    private Ticket loadByAssignment(long assignmentId, Actor actor) {
        long ticketId = finder.ticketOfAssignment(assignmentId)
                .orElseThrow(() -> MinhuException.notFound("assignment", assignmentId));
        return repository.find(ticketId).filter(t -> access.canSee(actor, t))
                .orElseThrow(() -> MinhuException.notFound("assignment", assignmentId));
    }

    private Ticket loadByWhistle(long whistleId, Actor actor) {
        long ticketId = finder.ticketOfWhistle(whistleId)
                .orElseThrow(() -> MinhuException.notFound("whistle", whistleId));
        return repository.find(ticketId).filter(t -> access.canSee(actor, t))
                .orElseThrow(() -> MinhuException.notFound("whistle", whistleId));
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
}
