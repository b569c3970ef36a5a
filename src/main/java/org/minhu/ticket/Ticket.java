package org.minhu.ticket;

import static org.minhu.ticket.TicketStatus.ANSWERED;
import static org.minhu.ticket.TicketStatus.CLOSED;
import static org.minhu.ticket.TicketStatus.COMPLETED;
import static org.minhu.ticket.TicketStatus.DISPATCHED;
import static org.minhu.ticket.TicketStatus.MERGED;
import static org.minhu.ticket.TicketStatus.RECEIVED;
import static org.minhu.ticket.TicketStatus.TERMINATED;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.minhu.calendar.DeadlineClass;
import org.minhu.calendar.DeadlineStep;
import org.minhu.calendar.Deadlines;
import org.minhu.calendar.Due;
import org.minhu.calendar.WorkingCalendar;
import org.minhu.directory.Actor;
import org.minhu.directory.Role;
import org.minhu.directory.Unit;
import org.minhu.directory.UnitKind;

/**
 * 诉求: one citizen request from intake to close. Every state change is a verb here that checks
 * who acts and from which state, and records one event for the ticket's log.
 */
final class Ticket {

    /** Who records what the system does by itself. */
    static final String SYSTEM = "system";

    Long id;
    String number;
    TicketStatus status;
    final TicketFacts facts;
    String districtCode;
    String leadUnitCode;
    Long parentId;
    boolean supervised;
    /** 督办: the supervision in force while {@code supervised}, else the last one lifted (or null). */
    Supervision supervision;
    /** 免考核: the latest request to leave the ticket out of the scores, or null. */
    Exemption exemption;
    String answer;
    /** The knowledge article version the answer came from (null: none). */
    Long answerArticleVersion;
    int reopenCount;
    final Instant createdAt;
    final String createdBy;
    Instant answeredAt;
    Instant completedAt;
    Due callbackDue;
    Instant closedAt;
    String terminatedReason;
    int version;
    final List<Assignment> assignments = new ArrayList<>();
    final List<CallbackRecord> callbacks = new ArrayList<>();
    final List<Whistle> whistles = new ArrayList<>();
    final List<NewEvent> events = new ArrayList<>();
    /** What the verbs added to or changed in the assignments and callbacks since load: what saving writes. */
    final TicketChanges changes = new TicketChanges();

    Ticket(Long id, String number, TicketStatus status, TicketFacts facts, Instant createdAt, String createdBy) {
        this.id = id;
        this.number = number;
        this.status = status;
        this.facts = facts;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    static Ticket receive(TicketFacts facts, String number, String districtCode, Actor actor, Instant now) {
        Ticket ticket = new Ticket(null, number, RECEIVED, facts, now, actor.username());
        ticket.districtCode = districtCode;
        ticket.record(new TicketEvent.Created(facts.channel()), null, actor, now);
        return ticket;
    }

    /**
     * 主动发现: a street or township registers a problem it found on patrol (channel PROACTIVE) and
     * leads it itself, taken on at once.
     */
    static Ticket found(TicketFacts facts, Unit street, Actor actor, Deadlines rules, Instant now) {
        if (!actor.is(Role.HANDLER) || !street.code().equals(actor.unitCode())
                || street.kind() != UnitKind.SUBDISTRICT && street.kind() != UnitKind.TOWNSHIP) {
            throw org.minhu.platform.MinhuException.forbidden("Streets and townships register what they find on patrol");
        }
        Ticket ticket = new Ticket(null, null, RECEIVED, facts, now, actor.username());
        ticket.districtCode = street.districtCode();
        ticket.record(new TicketEvent.Created(facts.channel()), null, actor, now);
        Assignment lead = assign(street, AssignmentRole.LEAD, Route.DIRECT, ticket.deadlineClass(street), actor, rules, now);
        ticket.add(lead);
        ticket.leadUnitCode = street.code();
        ticket.status = DISPATCHED;
        ticket.record(dispatched(lead, null, null), lead, actor, now);
        lead.accept(now);
        ticket.record(new TicketEvent.Accepted(), lead, actor, now);
        return ticket;
    }

    void answer(Actor actor, String text, Long articleVersion, Instant now) {
        centre(actor);
        requireStatus("answer", RECEIVED);
        answer = text;
        answerArticleVersion = articleVersion;
        answeredAt = now;
        status = ANSWERED;
        record(new TicketEvent.Answered(text, articleVersion), null, actor, now);
    }

    Assignment dispatch(Actor actor, Unit unit, AssignmentRole role, Route route, Deadlines rules, Instant now) {
        centre(actor);
        requireStatus("dispatch", RECEIVED, DISPATCHED);
        checkDispatchable(unit, role, now);
        DeadlineClass deadlineClass = deadlineClass(unit);
        // a district takes a ticket only to relay it to its streets and departments (转派)
        Route how = unit.kind() == UnitKind.DISTRICT ? Route.RELAYED : route;
        Assignment assignment = assign(unit, role, how, deadlineClass, actor, rules, now);
        add(assignment);
        if (role == AssignmentRole.LEAD) {
            leadUnitCode = unit.code();
        }
        if (districtCode == null) {
            districtCode = unit.districtCode();
        }
        status = DISPATCHED;
        record(dispatched(assignment, null, null), assignment, actor, now);
        return assignment;
    }

    /**
     * 转派: a district's 12345 office forwards the ticket it holds (a RELAYED assignment, taken as
     * accepted) to a street, township or department of its own district, which gets an assignment
     * of its own with its own deadlines; the office's assignment stays open as the relay. A LEAD
     * forwarded makes that unit the ticket's lead.
     */
    Assignment forward(Actor actor, long relayId, Unit unit, AssignmentRole role, Deadlines rules, Instant now) {
        Assignment relay = ownAssignment(actor, relayId, "forward");
        if (relay.route != Route.RELAYED || relay.status != AssignmentStatus.PENDING && relay.status != AssignmentStatus.ACCEPTED) {
            throw TicketProblems.illegal("forward", "assignment", relay.route + "/" + relay.status);
        }
        boolean ownDistrict = unit.districtCode() != null && unit.districtCode().equals(relay.unitCode)
                && (unit.kind() == UnitKind.SUBDISTRICT || unit.kind() == UnitKind.TOWNSHIP || unit.kind() == UnitKind.DEPARTMENT);
        if (!ownDistrict) {
            throw TicketProblems.invalid("INVALID_UNIT", "forward-district",
                    "A district office forwards to a street, township or department of its own district", Map.of());
        }
        if (role == AssignmentRole.LEAD && !relay.isLead()) {
            throw TicketProblems.conflict("LEAD_ALREADY_ASSIGNED", "Only the lead relay forwards the lead");
        }
        if (assignments.stream().anyMatch(a -> a.isActive() && a.unitCode.equals(unit.code()))) {
            throw TicketProblems.conflict("ALREADY_ASSIGNED", "Unit " + unit.code() + " already holds an assignment of this ticket");
        }
        if (relay.status == AssignmentStatus.PENDING) {
            relay.accept(now);
            recordChange(new TicketEvent.Accepted(), relay, actor, now);
        }
        DeadlineClass deadlineClass = deadlineClass(unit);
        Assignment forwarded = assign(unit, role, Route.RELAYED, deadlineClass, actor, rules, now);
        forwarded.relayOf = relay.id;
        add(forwarded);
        if (role == AssignmentRole.LEAD) {
            leadUnitCode = unit.code();
        }
        record(dispatched(forwarded, relay.unitCode, null), forwarded, actor, now);
        return forwarded;
    }

    void accept(Actor actor, long assignmentId, Instant now) {
        Assignment a = ownAssignment(actor, assignmentId, "accept");
        a.accept(now);
        recordChange(new TicketEvent.Accepted(), a, actor, now);
    }

    void requestReturn(Actor actor, long assignmentId, String reason, Instant now) {
        Assignment a = ownAssignment(actor, assignmentId, "return");
        a.requestReturn(reason, now);
        recordChange(new TicketEvent.ReturnRequested(reason), a, actor, now);
    }

    void approveReturn(Actor actor, long assignmentId, Optional<Unit> redispatchTo, Deadlines rules, Instant now) {
        centre(actor);
        Assignment a = assignment(assignmentId);
        a.approveReturn();
        recordChange(new TicketEvent.ReturnApproved(), a, actor, now);
        if (a.isLead()) {
            leadUnitCode = null;
            status = RECEIVED; // back in the centre's hands until it is dispatched again
        }
        redispatchTo.ifPresent(unit -> dispatch(actor, unit, a.role, a.route, rules, now));
    }

    void rejectReturn(Actor actor, long assignmentId, Instant now) {
        centre(actor);
        Assignment a = assignment(assignmentId);
        a.rejectReturn(now);
        recordChange(new TicketEvent.ReturnRejected(), a, actor, now);
    }

    void respond(Actor actor, long assignmentId, Instant now) {
        Assignment a = ownAssignment(actor, assignmentId, "respond to");
        a.respond(now);
        recordChange(new TicketEvent.Responded(), a, actor, now);
    }

    void complete(Actor actor, long assignmentId, String reply, Deadlines rules, Instant now) {
        Assignment a = ownAssignment(actor, assignmentId, "complete");
        if (a.summons != null && assignments.stream().anyMatch(l -> l.isLead() && l.isActive())) {
            throw TicketProblems.conflict("LEAD_FIRST",
                    "事不完、人不走: a summoned unit completes with the lead, not before it");
        }
        if (assignments.stream().anyMatch(f -> f.isActive() && a.id.equals(f.relayOf))) {
            throw TicketProblems.conflict("FORWARDED", "The work was forwarded: the relay completes when the unit it went to does");
        }
        a.complete(reply, now);
        recordChange(new TicketEvent.AssignmentCompleted(reply, null), a, actor, now);
        if (a.relayOf != null) {
            Assignment relay = assignment(a.relayOf);
            if (relay.isActive()) {
                relay.completeRelay(reply, now);
                recordChange(new TicketEvent.AssignmentCompleted(reply, a.unitCode), relay, actor, now);
            }
        }
        if (a.isLead()) {
            status = COMPLETED;
            completedAt = now;
            callbackDue = rules.due(DeadlineStep.CALLBACK, a.deadlineClass, now);
            record(new TicketEvent.Completed(callbackDue.at()), a, actor, now);
            closeWhistles(now);
            lift("COMPLETED", null, now);
        }
    }

    /** Asks for more time until a date, or for {@code workingDays} past the deadline in force (exactly one of them). */
    void requestExtension(Actor actor, long assignmentId, Instant until, Integer workingDays, String reason,
                          WorkingCalendar calendar, Instant now) {
        Assignment a = ownAssignment(actor, assignmentId, "ask an extension for");
        a.requestExtension(until, workingDays, reason, calendar);
        recordChange(new TicketEvent.ExtensionRequested(a.extensionUntil.at(), workingDays, reason), a, actor, now);
    }

    void approveExtension(Actor actor, long assignmentId, Instant now) {
        centre(actor);
        Assignment a = assignment(assignmentId);
        requireStatus("extend an assignment of", DISPATCHED);
        a.approveExtension();
        recordChange(new TicketEvent.ExtensionApproved(a.completeDue.at()), a, actor, now);
    }

    void rejectExtension(Actor actor, long assignmentId, Instant now) {
        centre(actor);
        Assignment a = assignment(assignmentId);
        a.rejectExtension();
        recordChange(new TicketEvent.ExtensionRejected(), a, actor, now);
    }

    void recordCallback(Actor actor, CallbackResult result, Instant now) {
        centre(actor);
        requireStatus("record a callback for", ANSWERED, COMPLETED);
        CallbackRecord callback = new CallbackRecord(null, now, actor.username(), result.unreachable(),
                result.resolved(), result.satisfied(), result.comment());
        callbacks.add(callback);
        changes.recorded(callback);
        record(new TicketEvent.CallbackRecorded(callback.unreachable(), callback.resolved(), callback.satisfied(),
                callback.comment()), null, actor, now);
        if (!callback.unresolved()) {
            status = CLOSED;
            closedAt = now;
            record(new TicketEvent.Closed(), null, actor, now);
        }
    }

    void reopen(Actor actor, Function<String, Unit> units, Deadlines rules, Instant now) {
        centre(actor);
        requireStatus("reopen", ANSWERED, COMPLETED);
        if (latestCallback().filter(CallbackRecord::unresolved).isEmpty()) {
            throw TicketProblems.conflict("REOPEN_NEEDS_UNRESOLVED_CALLBACK",
                    "Only a ticket whose latest callback says it was not resolved can be reopened");
        }
        reopenCount++;
        record(new TicketEvent.Reopened(reopenCount), null, actor, now);
        if (status == ANSWERED) {
            status = RECEIVED; // the answer did not help: the centre now dispatches it
            return;
        }
        Assignment previous = lastLead().orElseThrow();
        status = DISPATCHED;
        Unit unit = units.apply(previous.unitCode);
        DeadlineClass deadlineClass = deadlineClass(unit);
        Assignment again = assign(unit, AssignmentRole.LEAD, previous.route, deadlineClass, actor, rules, now);
        add(again);
        completedAt = null;
        callbackDue = null;
        record(dispatched(again, null, true), again, actor, now);
    }

    void mergeInto(Actor actor, Ticket parent, Instant now) {
        centre(actor);
        requireStatus("merge", RECEIVED);
        // closed by now: an import replays a parent's whole history before its duplicates' merges
        boolean parentClosed = parent.status == CLOSED && parent.closedAt != null && !parent.closedAt.isAfter(now);
        if (parent.id.equals(id) || parent.status == MERGED || parent.status == TERMINATED || parentClosed) {
            throw TicketProblems.conflict("INVALID_MERGE_PARENT",
                    "A ticket merges into another live ticket, not into itself, a merged, terminated or closed one");
        }
        status = MERGED;
        parentId = parent.id;
        closedAt = now;
        record(new TicketEvent.Merged(parent.id, parent.number), null, actor, now);
        parent.record(new TicketEvent.DuplicateMerged(id, number), null, actor, now);
    }

    void terminate(Actor actor, String reason, Instant now) {
        centre(actor);
        requireStatus("terminate", RECEIVED, ANSWERED, DISPATCHED, COMPLETED);
        for (Assignment a : assignments) {
            if (a.isActive()) {
                a.cancel();
                changes.changed(a);
            }
        }
        status = TERMINATED;
        terminatedReason = reason;
        closedAt = now;
        record(new TicketEvent.Terminated(reason), null, actor, now);
        closeWhistles(now);
        lift("ENDED", null, now);
    }

    /**
     * 免考核 asked by the centre or a handler of the lead unit, with a reason and evidence; one at a
     * time, and never again once approved. A merged ticket is not scored anyway.
     */
    void requestExemption(Actor actor, ExemptionReason reason, String evidence, Instant now) {
        boolean leadHandler = actor.is(Role.HANDLER) && assignments.stream().anyMatch(a -> a.isLead()
                && a.unitCode.equals(actor.unitCode()) && a.status != AssignmentStatus.RETURNED
                && a.status != AssignmentStatus.CANCELLED);
        if (!actor.is(Role.OPERATOR) && !leadHandler) {
            throw org.minhu.platform.MinhuException.forbidden("Only the centre or the lead unit asks to exempt a ticket");
        }
        if (status == MERGED) {
            throw TicketProblems.illegal("exempt", "ticket", status.name());
        }
        if (exemption != null && (exemption.pending() || exemption.approved())) {
            throw TicketProblems.conflict(exemption.pending() ? "EXEMPTION_PENDING" : "ALREADY_EXEMPT",
                    "This ticket's exemption is already " + exemption.status().name().toLowerCase());
        }
        exemption = Exemption.requested(reason, evidence, actor.username(), now);
        record(new TicketEvent.ExemptionRequested(reason, evidence), null, actor, now);
    }

    /** A supervisor of the ticket's district, or of the city, decides a pending exemption. */
    void decideExemption(Actor actor, boolean approve, String why, Instant now) {
        if (!actor.is(Role.SUPERVISOR) || !(actor.citywide() || actor.districtCode().equals(districtCode))) {
            throw org.minhu.platform.MinhuException.forbidden("A supervisor of the ticket's district decides exemptions");
        }
        if (exemption == null || !exemption.pending()) {
            throw TicketProblems.illegal("decide the exemption of", "ticket",
                    exemption == null ? "NOT_REQUESTED" : exemption.status().name());
        }
        exemption = exemption.decided(approve ? ExemptionStatus.APPROVED : ExemptionStatus.REJECTED, actor.username(), now, why);
        record(approve ? new TicketEvent.ExemptionApproved() : new TicketEvent.ExemptionRejected(why), null, actor, now);
    }

    /**
     * 督办: a supervisor of the ticket's district flags it at DISTRICT level, a city supervisor at
     * either; with no deadline given, the lead's completion deadline is the one to meet. Flagging a
     * supervised ticket again replaces the supervision (a new note, deadline or level).
     */
    void supervise(Actor actor, String note, SupervisionLevel level, Instant dueAt, Instant now) {
        if (!actor.is(Role.SUPERVISOR)) {
            throw org.minhu.platform.MinhuException.forbidden("Only supervisors supervise tickets");
        }
        SupervisionLevel at = level != null ? level : actor.citywide() ? SupervisionLevel.CITY : SupervisionLevel.DISTRICT;
        if (at == SupervisionLevel.CITY && !actor.citywide()) {
            throw org.minhu.platform.MinhuException.forbidden("City-level supervision is the city's supervisors'");
        }
        if (status.isFinal() || status == COMPLETED) {
            throw TicketProblems.illegal("supervise", "ticket", status.name());
        }
        if (dueAt != null && !dueAt.isAfter(now)) {
            throw TicketProblems.invalid("VALIDATION_FAILED", "supervision-due", "A supervision's deadline lies ahead",
                    Map.of("field", "dueAt"));
        }
        Instant due = dueAt != null ? dueAt : assignments.stream().filter(a -> a.isLead() && a.isActive())
                .map(a -> a.completeDue.at()).findFirst().orElse(null);
        supervised = true;
        supervision = new Supervision(at, note, due, now, actor.username());
        record(new TicketEvent.Supervised(note, at, due), null, actor, now);
    }

    /** A supervisor lifts the supervision: the district's a district supervisor, any a city supervisor. */
    void liftSupervision(Actor actor, String note, Instant now) {
        if (!actor.is(Role.SUPERVISOR)) {
            throw org.minhu.platform.MinhuException.forbidden("Only supervisors lift a supervision");
        }
        if (!supervised) {
            throw TicketProblems.illegal("lift the supervision of", "ticket", "NOT_SUPERVISED");
        }
        if (supervision != null && supervision.level() == SupervisionLevel.CITY && !actor.citywide()) {
            throw org.minhu.platform.MinhuException.forbidden("A city-level supervision is lifted by the city's supervisors");
        }
        supervised = false;
        record(new TicketEvent.SupervisionLifted("LIFTED", note), null, actor, now);
    }

    private void lift(String reason, String note, Instant now) {
        if (supervised) {
            supervised = false;
            events.add(new NewEvent(new TicketEvent.SupervisionLifted(reason, note), null, SYSTEM, null, now));
        }
    }

    /**
     * 吹哨: the handler of a street or township leading this ticket summons departments and
     * utilities; each gets an ASSIST assignment and must report in by the WHISTLE_REPORT deadline.
     */
    Whistle blowWhistle(Actor actor, java.util.function.LongSupplier newId, WhistleType type, Function<String, Unit> units,
                        List<String> unitCodes, String note, Deadlines rules, Instant now) {
        Assignment lead = assignments.stream().filter(a -> a.isLead() && a.isActive()
                && a.unitCode.equals(actor.unitCode())).findFirst().orElse(null);
        if (!actor.is(Role.HANDLER) || lead == null) {
            throw org.minhu.platform.MinhuException.forbidden("The street or township leading the ticket blows the whistle");
        }
        requireStatus("blow the whistle on", DISPATCHED);
        WhistleRules.checkBlower(units.apply(actor.unitCode()), lead);
        List<Unit> summoned = unitCodes.stream().map(units).toList();
        WhistleRules.checkSummoned(summoned, assignments);
        long whistleId = newId.getAsLong();
        Whistle whistle = Whistle.blown(whistleId, actor.unitCode(), type, note, now, actor.username());
        whistles.add(whistle);
        changes.whistle(whistle);
        Due reportDue = rules.due(DeadlineStep.WHISTLE_REPORT, lead.deadlineClass, now);
        record(new TicketEvent.WhistleBlown(whistleId, type, summoned.stream().map(Unit::code).toList(), note,
                reportDue.at()), lead, actor, now);
        for (Unit unit : summoned) {
            Assignment a = assign(unit, AssignmentRole.ASSIST, Route.DIRECT, deadlineClass(unit), actor, rules, now);
            a.summons = new Summons(whistleId, reportDue.at());
            add(a);
            record(dispatched(a, null, null), a, actor, now);
        }
        return whistle;
    }

    /** 报到: the summoned unit's handler reports in (which accepts its assignment), on time or late. */
    void reportIn(Actor actor, long whistleId, String note, Instant now) {
        Assignment a = summoned(actor, whistleId, "report in to");
        if (a.summons.reported()) {
            throw TicketProblems.conflict("ALREADY_REPORTED", "This unit reported in at " + a.summons.reportedAt);
        }
        if (a.status == AssignmentStatus.PENDING) {
            a.accept(now);
            record(new TicketEvent.Accepted(), a, actor, now);
        }
        a.summons.reportedAt = now;
        a.summons.reportNote = note;
        recordChange(new TicketEvent.ReportedIn(whistleId, a.summons.onTime(), note), a, actor, now);
    }

    /** What the summoned unit did, after reporting in; the first such record is its response (响应). */
    void recordWhistleWork(Actor actor, long whistleId, String note, Instant now) {
        Assignment a = summoned(actor, whistleId, "record work for");
        if (!a.summons.reported()) {
            throw TicketProblems.conflict("REPORT_IN_FIRST", "Report in (报到) before recording what was done");
        }
        a.summons.workNote = note;
        if (a.status == AssignmentStatus.ACCEPTED) {
            a.respond(now);
            record(new TicketEvent.Responded(), a, actor, now);
        }
        recordChange(new TicketEvent.WhistleWorkRecorded(whistleId, note), a, actor, now);
    }

    private Assignment summoned(Actor actor, long whistleId, String action) {
        Whistle whistle = whistles.stream().filter(w -> w.id == whistleId).findFirst()
                .orElseThrow(() -> org.minhu.platform.MinhuException.notFound("whistle", whistleId));
        Assignment a = assignments.stream().filter(x -> x.summons != null && x.summons.whistleId == whistleId
                && x.unitCode.equals(actor.unitCode()) && x.isActive()).findFirst().orElse(null);
        if (!actor.is(Role.HANDLER) || a == null) {
            throw TicketProblems.notYours();
        }
        if (!whistle.isOpen() || status != DISPATCHED) {
            throw TicketProblems.illegal(action, "whistle", whistle.status.name());
        }
        return a;
    }

    /** The lead completed or the ticket ended: every open whistle closes, its summoned units done with the lead. */
    private void closeWhistles(Instant now) {
        for (Whistle w : whistles) {
            if (!w.isOpen()) {
                continue;
            }
            for (Assignment a : assignments) {
                if (a.summons != null && a.summons.whistleId == w.id && a.isActive()
                        && a.status != AssignmentStatus.RETURN_REQUESTED) {
                    String reply = a.summons.workNote != null ? a.summons.workNote : "随主办单位办结";
                    a.completeRelay(reply, now);
                    changes.changed(a);
                    events.add(new NewEvent(new TicketEvent.AssignmentCompleted(reply, null), a, SYSTEM, null, now));
                }
            }
            w.close(now);
            changes.whistle(w);
            events.add(new NewEvent(new TicketEvent.WhistleClosed(w.id), null, SYSTEM, null, now));
        }
    }

    /**
     * A handler of an assignment the unit holds (accepted, not finished) reveals the requester's
     * number to call them back; recorded, and refused when the caller asked for confidentiality.
     */
    String revealPhone(Actor actor, long assignmentId, Instant now) {
        Assignment a = ownAssignment(actor, assignmentId, "reveal the number of");
        if (a.status != org.minhu.ticket.AssignmentStatus.ACCEPTED && a.status != org.minhu.ticket.AssignmentStatus.RESPONDED) {
            throw TicketProblems.illegal("reveal the number of", "assignment", a.status.name());
        }
        if (facts.requesterConfidential()) {
            throw TicketProblems.conflict("CONFIDENTIAL", "The caller asked that only the 12345 centre sees the number (保密)");
        }
        if (facts.requesterPhone() == null) {
            throw TicketProblems.conflict("NO_PHONE", "The caller left no number");
        }
        record(new TicketEvent.PhoneRevealed(), a, actor, now);
        return facts.requesterPhone();
    }

    /**
     * Recomputes the deadlines still ahead that were counted on provisional calendar days, with
     * the calendar as it is now: each open assignment's, and the callback deadline of a completed
     * ticket. Each deadline that moves is one {@code DEADLINE_RECOMPUTED} event, by the system.
     */
    void recomputeProvisionalDeadlines(Deadlines rules, WorkingCalendar calendar, Instant now) {
        for (Assignment a : assignments) {
            if (a.isActive()) { // a finished one keeps its deadlines as they were
                changes.changed(a);
            }
            for (Assignment.Moved m : a.recompute(rules, calendar, now)) {
                recordRecomputed(a, m.deadline().name(), m.from(), m.to(), now);
            }
        }
        if (status == COMPLETED && callbackDue != null && callbackDue.provisional()) {
            Due before = callbackDue;
            if (now.isBefore(before.at())) {
                Assignment lead = lastLead().orElseThrow();
                callbackDue = rules.due(DeadlineStep.CALLBACK, lead.deadlineClass, completedAt);
                if (!callbackDue.at().equals(before.at())) {
                    recordRecomputed(null, DeadlineStep.CALLBACK.name(), before, callbackDue, now);
                }
            } else {
                callbackDue = new Due(before.at(), Math.max(before.provisionalBeyond(), calendar.officialThrough()));
            }
        }
    }

    private void recordRecomputed(Assignment a, String deadline, Due from, Due to, Instant now) {
        events.add(new NewEvent(new TicketEvent.DeadlineRecomputed(deadline, from.at(), to.at(), to.provisional()), a,
                SYSTEM, null, now));
    }

    Optional<CallbackRecord> latestCallback() {
        return callbacks.isEmpty() ? Optional.empty() : Optional.of(callbacks.getLast());
    }

    Optional<Assignment> lastLead() {
        return assignments.reversed().stream().filter(Assignment::isLead).findFirst();
    }

    Assignment assignment(long assignmentId) {
        return assignments.stream().filter(a -> a.id != null && a.id == assignmentId).findFirst()
                .orElseThrow(() -> org.minhu.platform.MinhuException.notFound("assignment", assignmentId));
    }

    private Assignment ownAssignment(Actor actor, long assignmentId, String action) {
        Assignment a = assignment(assignmentId);
        if (!actor.is(Role.HANDLER) || !a.unitCode.equals(actor.unitCode())) {
            throw TicketProblems.notYours();
        }
        if (status != DISPATCHED) {
            throw TicketProblems.illegal(action + " an assignment of", "ticket", status.name());
        }
        return a;
    }

    private void checkDispatchable(Unit unit, AssignmentRole role, Instant now) {
        if (unit.kind() == UnitKind.CENTER) {
            throw TicketProblems.invalid("INVALID_UNIT", "centre", "The centre itself cannot be given an assignment", Map.of());
        }
        if (unit.kind() == UnitKind.COMMUNITY) {
            throw TicketProblems.invalid("INVALID_UNIT", "community",
                    "A community takes no assignments: dispatch to its street or township", Map.of());
        }
        if (assignments.stream().anyMatch(a -> a.isActive() && a.unitCode.equals(unit.code()))) {
            throw TicketProblems.conflict("ALREADY_ASSIGNED", "Unit " + unit.code() + " already holds an assignment of this ticket");
        }
        boolean hasLead = assignments.stream().anyMatch(a -> a.isActive() && a.isLead());
        if (role == AssignmentRole.LEAD && hasLead) {
            throw TicketProblems.conflict("LEAD_ALREADY_ASSIGNED", "This ticket already has a lead unit");
        }
        if (role == AssignmentRole.ASSIST && !hasLead) {
            throw TicketProblems.conflict("LEAD_REQUIRED", "Dispatch to a lead unit before adding assisting units");
        }
    }

    private DeadlineClass deadlineClass(Unit unit) {
        return facts.urgency().deadlineClass(unit.kind());
    }

    private void centre(Actor actor) {
        if (!actor.is(Role.OPERATOR)) {
            throw TicketProblems.centreOnly();
        }
    }

    private void requireStatus(String action, TicketStatus... allowed) {
        if (!Arrays.asList(allowed).contains(status)) {
            throw TicketProblems.illegal(action, "ticket", status.name());
        }
    }

    private void add(Assignment a) {
        assignments.add(a);
        changes.added(a);
    }

    /** Records the event of a verb that changed a stored assignment, which saving then writes. */
    private void recordChange(TicketEvent event, Assignment changed, Actor actor, Instant at) {
        changes.changed(changed);
        record(event, changed, actor, at);
    }

    private void record(TicketEvent event, Assignment assignment, Actor actor, Instant at) {
        events.add(new NewEvent(event, assignment, actor.username(), actor.unitCode(), at));
    }

    /** A new assignment with its deadlines; it keeps the unit's district, by which supervisors see it. */
    private static Assignment assign(Unit unit, AssignmentRole role, Route route, DeadlineClass deadlineClass, Actor actor,
                                     Deadlines rules, Instant now) {
        Assignment a = Assignment.dispatched(unit.code(), role, route, deadlineClass, now, actor.username(),
                AssignmentDeadlines.from(rules, deadlineClass, now));
        a.districtCode = unit.districtCode();
        return a;
    }

    private static TicketEvent.Dispatched dispatched(Assignment a, String forwardedBy, Boolean reopened) {
        return new TicketEvent.Dispatched(a.unitCode, a.role, a.route, forwardedBy, reopened, a.deadlines.accept().at(),
                a.deadlines.respond().at(), a.completeDue.at());
    }
}
