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
 * send it) and {@code suggestion} (category, place and units proposed, with the model version),
 * which only intake answers with.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TicketView(long id, String number, TicketStatus status, Channel channel, RequestType type,
                         Urgency urgency, String subject, String content, String categoryCode, String unitCode,
                         String districtCode, Instant createdAt, RequesterView requester, LocationView location,
                         List<AssignmentView> assignments, CallbackView callback, boolean supervised,
                         boolean overdue, Long parentId, String answer, int reopenCount, Instant answeredAt,
                         Instant completedAt, Instant callbackDueAt, boolean callbackDueProvisional,
                         Instant closedAt, String terminatedReason, Exemption exemption, boolean exempt,
                         @JsonInclude(JsonInclude.Include.NON_NULL) List<RoutingSuggestion> suggestions,
                         @JsonInclude(JsonInclude.Include.NON_NULL) org.minhu.dispatch.Suggestion suggestion) {

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
                                 boolean overdue, boolean provisional, List<String> provisionalDeadlines) {
    }

    public record CallbackView(Instant recordedAt, String recordedBy, boolean unreachable, Resolved resolved,
                               Satisfied satisfied) {
    }

    TicketView withSuggestions(List<RoutingSuggestion> routing, org.minhu.dispatch.Suggestion proposed) {
        return new TicketView(id, number, status, channel, type, urgency, subject, content, categoryCode, unitCode,
                districtCode, createdAt, requester, location, assignments, callback, supervised, overdue, parentId,
                answer, reopenCount, answeredAt, completedAt, callbackDueAt, callbackDueProvisional, closedAt,
                terminatedReason, exemption, exempt, routing, proposed);
    }
}
