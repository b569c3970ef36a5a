package org.minhu.ticket;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.minhu.directory.Actor;

/** One ticket as the list's export writes it, masked for its reader as the console shows it. */
public record TicketExportRow(String number, Instant createdAt, Channel channel, RequestType type, Urgency urgency,
                              TicketStatus status, String categoryCode, String subject, String content, String address,
                              String requesterName, String requesterPhone, String leadUnitCode, String districtCode,
                              Instant completeDue, Instant closedAt, boolean supervised) {

    static TicketExportRow read(ResultSet rs, Actor reader) throws SQLException {
        boolean full = TicketViews.seesNumbers(reader, rs.getBoolean("requester_confidential"));
        java.util.function.UnaryOperator<String> text = full ? s -> s : PhoneMask::inText;
        String phone = rs.getString("requester_phone");
        return new TicketExportRow(rs.getString("number"), Sql.instant(rs, "created_at"),
                Channel.valueOf(rs.getString("channel")), RequestType.valueOf(rs.getString("type")),
                Urgency.valueOf(rs.getString("urgency")), TicketStatus.valueOf(rs.getString("status")),
                rs.getString("category_code"), text.apply(rs.getString("subject")), text.apply(rs.getString("content")),
                text.apply(rs.getString("address")), rs.getString("requester_name"), full ? phone : PhoneMask.mask(phone),
                rs.getString("lead_unit_code"), rs.getString("district_code"), Sql.instant(rs, "complete_due"),
                Sql.instant(rs, "closed_at"), rs.getBoolean("supervised"));
    }
}
