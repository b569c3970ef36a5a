package org.minhu.ticket;

import static org.minhu.ticket.Sql.enumOf;
import static org.minhu.ticket.Sql.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import org.minhu.calendar.DeadlineClass;

/**
 * The one mapping of the {@code assignment} table, used by the live inserts and updates, the reads
 * and the import's COPY alike. {@code provisional_deadlines} goes as its array text form, e.g.
 * {@code {COMPLETE,EXTENSION}} ({@link ProvisionalColumns}), which COPY takes as it is.
 */
final class AssignmentRow {

    static final Columns COLUMNS = Columns.of("assignment", "id", "ticket_id", "unit_code", "role", "route", "status",
            "deadline_class", "dispatched_at", "dispatched_by", "accept_due_at", "return_until", "respond_due_at",
            "complete_due_at", "accepted_at", "responded_at", "completed_at", "reply", "return_reason",
            "return_requested_at", "status_before_return", "extension_status", "extension_until",
            "extension_working_days", "extension_reason", "extended_from", "extended_days", "provisional_deadlines",
            "provisional_beyond", "relay_of", "district_code", "whistle_id", "report_due_at", "reported_at", "report_note",
            "work_note").cast("provisional_deadlines", "varchar[]");

    /** Written once, at dispatch: whose share it is, of which ticket, and how it came. */
    static final Set<String> FIXED = Set.of("id", "ticket_id", "unit_code", "role", "route", "deadline_class",
            "dispatched_at", "dispatched_by", "relay_of", "district_code", "whistle_id", "report_due_at");

    private AssignmentRow() {
    }

    /** The assignment's values in the order of {@link #COLUMNS}. */
    static Object[] values(long ticketId, Assignment a) {
        AssignmentDeadlines d = a.deadlines;
        Summons s = a.summons;
        return new Object[] {a.id, ticketId, a.unitCode, a.role, a.route, a.status, a.deadlineClass, a.dispatchedAt,
                a.dispatchedBy, d.accept().at(), d.returnUntil().at(), d.respond().at(), a.completeDue.at(),
                a.acceptedAt, a.respondedAt, a.completedAt, a.reply, a.returnReason, a.returnRequestedAt,
                a.statusBeforeReturn, a.extension, Sql.at(a.extensionUntil), a.extensionWorkingDays, a.extensionReason,
                a.extendedFrom, a.extendedDays, ProvisionalColumns.names(a), ProvisionalColumns.beyond(a), a.relayOf,
                a.districtCode, s == null ? null : s.whistleId, s == null ? null : s.reportDue,
                s == null ? null : s.reportedAt, s == null ? null : s.reportNote, s == null ? null : s.workNote};
    }

    /** The assignment of a row of {@link #COLUMNS}. */
    static Assignment read(ResultSet rs, int row) throws SQLException {
        ProvisionalColumns.Marks marks = ProvisionalColumns.Marks.of(rs);
        AssignmentDeadlines deadlines = new AssignmentDeadlines(
                marks.due(ProvisionalDeadline.ACCEPT, instant(rs, "accept_due_at")),
                marks.due(ProvisionalDeadline.RETURN, instant(rs, "return_until")),
                marks.due(ProvisionalDeadline.RESPOND, instant(rs, "respond_due_at")),
                marks.due(ProvisionalDeadline.COMPLETE, instant(rs, "complete_due_at")));
        Assignment a = new Assignment(rs.getLong("id"), rs.getString("unit_code"),
                AssignmentRole.valueOf(rs.getString("role")), Route.valueOf(rs.getString("route")),
                DeadlineClass.valueOf(rs.getString("deadline_class")), instant(rs, "dispatched_at"),
                rs.getString("dispatched_by"), deadlines, AssignmentStatus.valueOf(rs.getString("status")));
        a.acceptedAt = instant(rs, "accepted_at");
        a.respondedAt = instant(rs, "responded_at");
        a.completedAt = instant(rs, "completed_at");
        a.reply = rs.getString("reply");
        a.returnReason = rs.getString("return_reason");
        a.returnRequestedAt = instant(rs, "return_requested_at");
        a.statusBeforeReturn = enumOf(AssignmentStatus.class, rs.getString("status_before_return"));
        a.extension = enumOf(Assignment.Extension.class, rs.getString("extension_status"));
        a.extensionUntil = marks.due(ProvisionalDeadline.EXTENSION, instant(rs, "extension_until"));
        int extensionDays = rs.getInt("extension_working_days");
        a.extensionWorkingDays = rs.wasNull() ? null : extensionDays;
        a.extendedFrom = instant(rs, "extended_from");
        a.extendedDays = rs.getInt("extended_days");
        a.relayOf = Sql.nullableLong(rs, "relay_of");
        a.districtCode = rs.getString("district_code");
        a.extensionReason = rs.getString("extension_reason");
        Long whistleId = Sql.nullableLong(rs, "whistle_id");
        if (whistleId != null) {
            a.summons = new Summons(whistleId, instant(rs, "report_due_at"));
            a.summons.reportedAt = instant(rs, "reported_at");
            a.summons.reportNote = rs.getString("report_note");
            a.summons.workNote = rs.getString("work_note");
        }
        return a;
    }
}
