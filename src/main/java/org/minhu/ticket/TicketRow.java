package org.minhu.ticket;

import static org.minhu.ticket.Sql.instant;
import static org.minhu.ticket.Sql.nullableDouble;
import static org.minhu.ticket.Sql.nullableLong;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Set;
import org.minhu.calendar.Due;

/**
 * The one mapping of the {@code ticket} table, used by the live inserts and updates, the reads and
 * the import's COPY alike: its columns, a ticket's values for them, and a ticket read from a row.
 */
final class TicketRow {

    static final Columns COLUMNS = Columns.of("ticket", "id", "number", "status", "channel", "type", "urgency",
            "subject", "content", "category_code", "requester_name", "requester_phone", "requester_confidential",
            "address", "lat", "lng", "location_unit_code", "district_code", "lead_unit_code", "parent_id",
            "supervised", "answer", "answer_article_version", "reopen_count", "created_at", "created_by", "answered_at", "completed_at",
            "callback_due_at", "callback_due_provisional_beyond", "closed_at", "terminated_reason", "version",
            "exemption_status", "exemption_reason", "exemption_evidence", "exemption_requested_by",
            "exemption_requested_at", "exemption_decided_by", "exemption_decided_at", "exemption_decision_reason",
            "supervision_level", "supervision_note", "supervision_due_at", "supervised_at", "supervised_by");

    /** Written once, at intake: what the citizen said, the number, who took it. The version moves only by the check. */
    static final Set<String> FIXED = Set.of("id", "number", "channel", "type", "urgency", "subject", "content",
            "category_code", "requester_name", "requester_phone", "requester_confidential", "address", "lat", "lng",
            "location_unit_code", "created_at", "created_by", "version");

    private TicketRow() {
    }

    /** The ticket's values in the order of {@link #COLUMNS}. */
    static Object[] values(Ticket t) {
        TicketFacts f = t.facts;
        Exemption e = t.exemption;
        Supervision v = t.supervision;
        return new Object[] {t.id, t.number, t.status, f.channel(), f.type(), f.urgency(), f.subject(), f.content(),
                f.categoryCode(), f.requesterName(), f.requesterPhone(), f.requesterConfidential(), f.address(), f.lat(),
                f.lng(), f.locationUnitCode(), t.districtCode, t.leadUnitCode, t.parentId, t.supervised, t.answer,
                t.answerArticleVersion, t.reopenCount, t.createdAt, t.createdBy, t.answeredAt, t.completedAt, Sql.at(t.callbackDue),
                ProvisionalColumns.beyond(t.callbackDue), t.closedAt, t.terminatedReason, t.version,
                e == null ? null : e.status(), e == null ? null : e.reasonCode(), e == null ? null : e.evidence(),
                e == null ? null : e.requestedBy(), e == null ? null : e.requestedAt(), e == null ? null : e.decidedBy(),
                e == null ? null : e.decidedAt(), e == null ? null : e.decisionReason(),
                v == null ? null : v.level(), v == null ? null : v.note(), v == null ? null : v.dueAt(),
                v == null ? null : v.at(), v == null ? null : v.by()};
    }

    /** The ticket of a row of {@link #COLUMNS}, without its assignments and callbacks. */
    static Ticket read(ResultSet rs, int row) throws SQLException {
        TicketFacts facts = new TicketFacts(Channel.valueOf(rs.getString("channel")),
                RequestType.valueOf(rs.getString("type")), Urgency.valueOf(rs.getString("urgency")),
                rs.getString("subject"), rs.getString("content"), rs.getString("category_code"),
                rs.getString("requester_name"), rs.getString("requester_phone"), rs.getBoolean("requester_confidential"),
                rs.getString("address"),
                nullableDouble(rs, "lat"), nullableDouble(rs, "lng"), rs.getString("location_unit_code"));
        Ticket t = new Ticket(rs.getLong("id"), rs.getString("number"), TicketStatus.valueOf(rs.getString("status")),
                facts, instant(rs, "created_at"), rs.getString("created_by"));
        t.districtCode = rs.getString("district_code");
        t.leadUnitCode = rs.getString("lead_unit_code");
        t.parentId = nullableLong(rs, "parent_id");
        t.supervised = rs.getBoolean("supervised");
        t.answer = rs.getString("answer");
        t.answerArticleVersion = nullableLong(rs, "answer_article_version");
        t.reopenCount = rs.getInt("reopen_count");
        t.answeredAt = instant(rs, "answered_at");
        t.completedAt = instant(rs, "completed_at");
        Instant callbackDue = instant(rs, "callback_due_at");
        int callbackBeyond = rs.getInt("callback_due_provisional_beyond");
        t.callbackDue = callbackDue == null ? null : new Due(callbackDue, rs.wasNull() ? null : callbackBeyond);
        t.closedAt = instant(rs, "closed_at");
        t.terminatedReason = rs.getString("terminated_reason");
        t.version = rs.getInt("version");
        String exemption = rs.getString("exemption_status");
        t.exemption = exemption == null ? null : new Exemption(ExemptionStatus.valueOf(exemption),
                ExemptionReason.valueOf(rs.getString("exemption_reason")), rs.getString("exemption_evidence"),
                rs.getString("exemption_requested_by"), instant(rs, "exemption_requested_at"),
                rs.getString("exemption_decided_by"), instant(rs, "exemption_decided_at"),
                rs.getString("exemption_decision_reason"));
        Instant supervisedAt = instant(rs, "supervised_at");
        t.supervision = supervisedAt == null ? null : new Supervision(
                Sql.enumOf(SupervisionLevel.class, rs.getString("supervision_level")), rs.getString("supervision_note"),
                instant(rs, "supervision_due_at"), supervisedAt, rs.getString("supervised_by"));
        return t;
    }
}
