package org.minhu.ticket;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.time.Instant;

/**
 * What happened to a ticket, with its facts: one record per {@link TicketEventType}, stored as
 * the {@code data} of its row in {@code ticket_event} and read back typed. Who did it, when, and
 * to which assignment are the row's own columns (see {@link TicketEventRecorded}).
 *
 * <p>The lifecycle and its events (docs/design.md has the state diagram):
 * <ul>
 * <li>{@link Created}: an operator registered the request (诉求登记).</li>
 * <li>{@link Answered}: the operator answered it on the call (直接答复).</li>
 * <li>{@link Dispatched}: 派单 to a unit, as LEAD or ASSIST, DIRECT or RELAYED through a district's
 *     office; also the office's 转派 ({@code forwardedBy}) and a reopening's new dispatch.</li>
 * <li>{@link Accepted}, {@link Responded}: the unit's 签收 and 响应.</li>
 * <li>{@link ReturnRequested}, {@link ReturnApproved}, {@link ReturnRejected}: 退单.</li>
 * <li>{@link ExtensionRequested}, {@link ExtensionApproved}, {@link ExtensionRejected}: 延期.</li>
 * <li>{@link AssignmentCompleted}: a unit's 办结 with its reply; {@link Completed}: the lead's, which
 *     completes the ticket and sets the callback deadline.</li>
 * <li>{@link CallbackRecorded}: 回访; {@link Closed} when resolved or unreachable; {@link Reopened}
 *     (重办) after an unresolved one.</li>
 * <li>{@link Merged} and {@link DuplicateMerged}: a duplicate merged into its parent.</li>
 * <li>{@link Terminated}, {@link Supervised} (督办), {@link PhoneRevealed} (a handler took the
 *     number to call back).</li>
 * <li>{@link ExemptionRequested}, {@link ExemptionApproved}, {@link ExemptionRejected}: 免考核, a
 *     ticket left out of the monthly scores once a supervisor approves.</li>
 * <li>{@link WhistleBlown} (吹哨), {@link ReportedIn} (报到), {@link WhistleWorkRecorded},
 *     {@link WhistleClosed}: a street summoning departments; {@link SupervisionLifted} ends 督办.</li>
 * <li>{@link Overdue}: the sweep found a deadline passed; {@link DeadlineRecomputed}: a
 *     provisional deadline counted again on the official calendar.</li>
 * </ul>
 */
@JsonSubTypes({
        @JsonSubTypes.Type(value = TicketEvent.Created.class, name = "CREATED"),
        @JsonSubTypes.Type(value = TicketEvent.Answered.class, name = "ANSWERED"),
        @JsonSubTypes.Type(value = TicketEvent.Dispatched.class, name = "DISPATCHED"),
        @JsonSubTypes.Type(value = TicketEvent.Accepted.class, name = "ACCEPTED"),
        @JsonSubTypes.Type(value = TicketEvent.ReturnRequested.class, name = "RETURN_REQUESTED"),
        @JsonSubTypes.Type(value = TicketEvent.ReturnApproved.class, name = "RETURN_APPROVED"),
        @JsonSubTypes.Type(value = TicketEvent.ReturnRejected.class, name = "RETURN_REJECTED"),
        @JsonSubTypes.Type(value = TicketEvent.Responded.class, name = "RESPONDED"),
        @JsonSubTypes.Type(value = TicketEvent.ExtensionRequested.class, name = "EXTENSION_REQUESTED"),
        @JsonSubTypes.Type(value = TicketEvent.ExtensionApproved.class, name = "EXTENSION_APPROVED"),
        @JsonSubTypes.Type(value = TicketEvent.ExtensionRejected.class, name = "EXTENSION_REJECTED"),
        @JsonSubTypes.Type(value = TicketEvent.AssignmentCompleted.class, name = "ASSIGNMENT_COMPLETED"),
        @JsonSubTypes.Type(value = TicketEvent.Completed.class, name = "COMPLETED"),
        @JsonSubTypes.Type(value = TicketEvent.CallbackRecorded.class, name = "CALLBACK_RECORDED"),
        @JsonSubTypes.Type(value = TicketEvent.Closed.class, name = "CLOSED"),
        @JsonSubTypes.Type(value = TicketEvent.Reopened.class, name = "REOPENED"),
        @JsonSubTypes.Type(value = TicketEvent.Merged.class, name = "MERGED"),
        @JsonSubTypes.Type(value = TicketEvent.DuplicateMerged.class, name = "DUPLICATE_MERGED"),
        @JsonSubTypes.Type(value = TicketEvent.Terminated.class, name = "TERMINATED"),
        @JsonSubTypes.Type(value = TicketEvent.Supervised.class, name = "SUPERVISED"),
        @JsonSubTypes.Type(value = TicketEvent.Overdue.class, name = "OVERDUE"),
        @JsonSubTypes.Type(value = TicketEvent.DeadlineRecomputed.class, name = "DEADLINE_RECOMPUTED"),
        @JsonSubTypes.Type(value = TicketEvent.PhoneRevealed.class, name = "PHONE_REVEALED"),
        @JsonSubTypes.Type(value = TicketEvent.ExemptionRequested.class, name = "EXEMPTION_REQUESTED"),
        @JsonSubTypes.Type(value = TicketEvent.ExemptionApproved.class, name = "EXEMPTION_APPROVED"),
        @JsonSubTypes.Type(value = TicketEvent.ExemptionRejected.class, name = "EXEMPTION_REJECTED"),
        @JsonSubTypes.Type(value = TicketEvent.WhistleBlown.class, name = "WHISTLE_BLOWN"),
        @JsonSubTypes.Type(value = TicketEvent.ReportedIn.class, name = "REPORTED_IN"),
        @JsonSubTypes.Type(value = TicketEvent.WhistleWorkRecorded.class, name = "WHISTLE_WORK_RECORDED"),
        @JsonSubTypes.Type(value = TicketEvent.WhistleClosed.class, name = "WHISTLE_CLOSED"),
        @JsonSubTypes.Type(value = TicketEvent.SupervisionLifted.class, name = "SUPERVISION_LIFTED")})
public sealed interface TicketEvent {

    /** The type this event is stored under. */
    TicketEventType type();

    /** The record class of a stored type, to read a row's data back. */
    static Class<? extends TicketEvent> classOf(TicketEventType type) {
        for (JsonSubTypes.Type t : TicketEvent.class.getAnnotation(JsonSubTypes.class).value()) {
            if (t.name().equals(type.name())) {
                return t.value().asSubclass(TicketEvent.class);
            }
        }
        throw new IllegalArgumentException("No event record for " + type);
    }

    record Created(Channel channel) implements TicketEvent {
        public TicketEventType type() { return TicketEventType.CREATED; }
    }

    /** {@code answer} is what the operator told the citizen. */
    /** {@code articleVersion}: the knowledge article version answered from (null: the operator's own words). */
    record Answered(String answer, Long articleVersion) implements TicketEvent {
        public Answered(String answer) {
            this(answer, null);
        }

        public TicketEventType type() { return TicketEventType.ANSWERED; }
    }

    /**
     * {@code forwardedBy}: the district office that forwarded it (转派), else null; {@code reopened}:
     * true for the new lead dispatch of 重办, else null. The due times are those the assignment got.
     */
    record Dispatched(String unitCode, AssignmentRole role, Route route, String forwardedBy, Boolean reopened,
                      Instant acceptDueAt, Instant respondDueAt, Instant completeDueAt) implements TicketEvent {
        public TicketEventType type() { return TicketEventType.DISPATCHED; }
    }

    record Accepted() implements TicketEvent {
        public TicketEventType type() { return TicketEventType.ACCEPTED; }
    }

    record ReturnRequested(String reason) implements TicketEvent {
        public TicketEventType type() { return TicketEventType.RETURN_REQUESTED; }
    }

    record ReturnApproved() implements TicketEvent {
        public TicketEventType type() { return TicketEventType.RETURN_APPROVED; }
    }

    record ReturnRejected() implements TicketEvent {
        public TicketEventType type() { return TicketEventType.RETURN_REJECTED; }
    }

    record Responded() implements TicketEvent {
        public TicketEventType type() { return TicketEventType.RESPONDED; }
    }

    /** {@code workingDays} when asked as days past the deadline in force, else null. */
    record ExtensionRequested(Instant until, Integer workingDays, String reason) implements TicketEvent {
        public TicketEventType type() { return TicketEventType.EXTENSION_REQUESTED; }
    }

    record ExtensionApproved(Instant completeDueAt) implements TicketEvent {
        public TicketEventType type() { return TicketEventType.EXTENSION_APPROVED; }
    }

    record ExtensionRejected() implements TicketEvent {
        public TicketEventType type() { return TicketEventType.EXTENSION_REJECTED; }
    }

    /** {@code forwardedTo}: for a relay completed with the unit it forwarded to, that unit, else null. */
    record AssignmentCompleted(String reply, String forwardedTo) implements TicketEvent {
        public TicketEventType type() { return TicketEventType.ASSIGNMENT_COMPLETED; }
    }

    record Completed(Instant callbackDueAt) implements TicketEvent {
        public TicketEventType type() { return TicketEventType.COMPLETED; }
    }

    /** {@code resolved} and {@code satisfied} are null when the citizen was unreachable. */
    record CallbackRecorded(boolean unreachable, Resolved resolved, Satisfied satisfied, String comment) implements TicketEvent {
        public CallbackRecorded(boolean unreachable, Resolved resolved, Satisfied satisfied) {
            this(unreachable, resolved, satisfied, null);
        }

        public TicketEventType type() { return TicketEventType.CALLBACK_RECORDED; }
    }

    record Closed() implements TicketEvent {
        public TicketEventType type() { return TicketEventType.CLOSED; }
    }

    record Reopened(int reopenCount) implements TicketEvent {
        public TicketEventType type() { return TicketEventType.REOPENED; }
    }

    record Merged(long parentId, String parentNumber) implements TicketEvent {
        public TicketEventType type() { return TicketEventType.MERGED; }
    }

    record DuplicateMerged(long childId, String childNumber) implements TicketEvent {
        public TicketEventType type() { return TicketEventType.DUPLICATE_MERGED; }
    }

    record Terminated(String reason) implements TicketEvent {
        public TicketEventType type() { return TicketEventType.TERMINATED; }
    }

    /** {@code level} and {@code dueAt}: null in events recorded before supervision had them. */
    record Supervised(String note, SupervisionLevel level, Instant dueAt) implements TicketEvent {
        public Supervised(String note) {
            this(note, null, null);
        }

        public TicketEventType type() { return TicketEventType.SUPERVISED; }
    }

    /** {@code reason}: COMPLETED, ENDED (closed, terminated, merged) or LIFTED by a supervisor, with the supervisor's words. */
    record SupervisionLifted(String reason, String note) implements TicketEvent {
        public TicketEventType type() { return TicketEventType.SUPERVISION_LIFTED; }
    }

    /** The summoned units each got an ASSIST assignment (their own DISPATCHED events) to report in by {@code reportDueAt}. */
    record WhistleBlown(long whistleId, WhistleType whistleType, java.util.List<String> unitCodes, String note,
                        Instant reportDueAt) implements TicketEvent {
        public TicketEventType type() { return TicketEventType.WHISTLE_BLOWN; }
    }

    record ReportedIn(long whistleId, boolean onTime, String note) implements TicketEvent {
        public TicketEventType type() { return TicketEventType.REPORTED_IN; }
    }

    record WhistleWorkRecorded(long whistleId, String note) implements TicketEvent {
        public TicketEventType type() { return TicketEventType.WHISTLE_WORK_RECORDED; }
    }

    record WhistleClosed(long whistleId) implements TicketEvent {
        public TicketEventType type() { return TicketEventType.WHISTLE_CLOSED; }
    }

    record PhoneRevealed() implements TicketEvent {
        public TicketEventType type() { return TicketEventType.PHONE_REVEALED; }
    }

    /** {@code evidence}: what the asker gives for it. */
    record ExemptionRequested(ExemptionReason reasonCode, String evidence) implements TicketEvent {
        public TicketEventType type() { return TicketEventType.EXEMPTION_REQUESTED; }
    }

    record ExemptionApproved() implements TicketEvent {
        public TicketEventType type() { return TicketEventType.EXEMPTION_APPROVED; }
    }

    record ExemptionRejected(String reason) implements TicketEvent {
        public TicketEventType type() { return TicketEventType.EXEMPTION_REJECTED; }
    }

    /** {@code step}: ACCEPT, RESPOND, COMPLETE, CALLBACK, WHISTLE_REPORT or SUPERVISION, whose deadline {@code dueAt} passed. */
    record Overdue(String step, Instant dueAt) implements TicketEvent {
        public TicketEventType type() { return TicketEventType.OVERDUE; }
    }

    record DeadlineRecomputed(String deadline, Instant from, Instant to, boolean provisional) implements TicketEvent {
        public TicketEventType type() { return TicketEventType.DEADLINE_RECOMPUTED; }
    }
}
