package org.minhu.ticket;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.minhu.dispatch.RoutingSuggestion;

/**
 * A ticket as a caller may see it: phone numbers masked unless the caller works at the centre.
 * {@code exemption} is the latest 免考核 request and its decision (null when none was asked);
 * {@code exempt} is true once one was approved.
 * Every field is always present (null when unknown) but {@code suggestions} (where routing would
 * send it), {@code suggestion} (category, place and units proposed, with the model version),
 * {@code duplicates} (open tickets of the same matter) and {@code articles} (knowledge articles
 * that may answer it), which only intake answers with.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TicketView(long id, String number, TicketStatus status, Channel channel, RequestType type,
                         Urgency urgency, String subject, String content, String categoryCode, String unitCode,
                         String districtCode, Instant createdAt, RequesterView requester, LocationView location,
                         List<AssignmentView> assignments, CallbackView callback, boolean supervised,
                         boolean overdue, Long parentId, String answer, Long answerArticleVersion, int reopenCount, Instant answeredAt,
                         Instant completedAt, Instant callbackDueAt, boolean callbackDueProvisional,
                         Instant closedAt, String terminatedReason, Exemption exemption, boolean exempt,
                         SupervisionView supervision, List<WhistleSummary> whistles,
                         @JsonInclude(JsonInclude.Include.NON_NULL) List<RoutingSuggestion> suggestions,
                         @JsonInclude(JsonInclude.Include.NON_NULL) org.minhu.dispatch.Suggestion suggestion,
                         @JsonInclude(JsonInclude.Include.NON_NULL) List<DuplicateCandidate> duplicates,
                         @JsonInclude(JsonInclude.Include.NON_NULL) List<ArticleSuggestion> articles) {

    /** {@code confidential}: 保密, the number stays with the 12345 centre. */
    public record RequesterView(String name, String phone, boolean confidential) {
    }

    public record LocationView(String address, Double lat, Double lng, String unitCode) {
    }

    /**
     * One unit's assignment. {@code provisional} is true when a provisional calendar day (a year
     * the State Council has not yet published) went into any of its deadlines;
     * {@code provisionalDeadlines} names them ({@code ACCEPT}, {@code RETURN}, {@code RESPOND},
     * {@code COMPLETE}, {@code EXTENSION}). They are recomputed when the official year is entered.
     */
    public record AssignmentView(long id, String unitCode, AssignmentRole role, Route route, AssignmentStatus status,
                                 String deadlineClass, Instant dispatchedAt, Instant acceptDueAt, Instant returnUntil,
                                 Instant respondDueAt, Instant completeDueAt, Instant acceptedAt, Instant respondedAt,
                                 Instant completedAt, String reply, String returnReason, String extensionStatus,
                                 Instant extensionUntil, Integer extensionWorkingDays, String extensionReason,
                                 boolean overdue, boolean provisional, List<String> provisionalDeadlines,
                                 SummonsView summons) {
    }

    /**
     * 督办: in force while the ticket is {@code supervised}, else the last one lifted; {@code dueAt}
     * the deadline the unit must meet (null when none was set and no lead held one).
     */
    public record SupervisionView(SupervisionLevel level, String note, Instant dueAt, Instant supervisedAt,
                                  String supervisedBy) {
    }

    /** A whistle on this ticket; its summoned units are the assignments whose {@code summons} names it. */
    public record WhistleSummary(long id, WhistleType type, String unitCode, String note, Instant blownAt, String status) {
    }

    /** 报到 owed by a summoned unit's assignment: {@code onTime} null until it reports in. */
    public record SummonsView(long whistleId, Instant reportDueAt, Instant reportedAt, Boolean onTime, String reportNote,
                              String workNote) {
    }

    public record CallbackView(Instant recordedAt, String recordedBy, boolean unreachable, Resolved resolved,
                               Satisfied satisfied, String comment) {
    }

    TicketView withSuggestions(List<RoutingSuggestion> routing, org.minhu.dispatch.Suggestion proposed) {
        return new TicketView(id, number, status, channel, type, urgency, subject, content, categoryCode, unitCode,
                districtCode, createdAt, requester, location, assignments, callback, supervised, overdue, parentId,
                answer, answerArticleVersion, reopenCount, answeredAt, completedAt, callbackDueAt, callbackDueProvisional, closedAt,
                terminatedReason, exemption, exempt, supervision, whistles, routing, proposed, duplicates, articles);
    }

    /** The view with intake's advice: duplicates proposed and articles offered. */
    public TicketView withAdvice(List<DuplicateCandidate> proposedDuplicates, List<ArticleSuggestion> offered) {
        return new TicketView(id, number, status, channel, type, urgency, subject, content, categoryCode, unitCode,
                districtCode, createdAt, requester, location, assignments, callback, supervised, overdue, parentId,
                answer, answerArticleVersion, reopenCount, answeredAt, completedAt, callbackDueAt, callbackDueProvisional,
                closedAt, terminatedReason, exemption, exempt, supervision, whistles, suggestions, suggestion,
                proposedDuplicates, offered);
    }
}
