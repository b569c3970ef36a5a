package org.minhu.dispatch;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code ticket_suggestion} table: what was proposed for each ticket when it was registered,
 * whole as the operator saw it, and the columns its measures read (model version, category,
 * confidence, unsure, the LEAD unit, the place's source). The first suggestion a ticket got stays.
 */
@Component
class SuggestionRecords {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    SuggestionRecords(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void record(long ticketId, Instant at, Suggestion suggestion) {
        String lead = suggestion.units().stream().filter(u -> "LEAD".equals(u.role())).map(ProposedUnit::unitCode)
                .findFirst().orElse(null);
        jdbc.sql("""
                INSERT INTO ticket_suggestion (ticket_id, suggested_at, model_version, category_code, confidence, unsure,
                                               lead_unit_code, place_source, suggestion)
                VALUES (:id, :at, :model, :category, :confidence, :unsure, :lead, :source, CAST(:body AS jsonb))
                ON CONFLICT (ticket_id) DO NOTHING""")
                .param("id", ticketId).param("at", Timestamp.from(at)).param("model", suggestion.modelVersion())
                .param("category", suggestion.category().code())
                .param("confidence", BigDecimal.valueOf(suggestion.category().confidence()).setScale(4, RoundingMode.HALF_UP))
                .param("unsure", suggestion.category().unsure()).param("lead", lead)
                .param("source", suggestion.place() == null ? null : suggestion.place().source())
                .param("body", json.writeValueAsString(suggestion)).update();
    }

    /** A registered ticket's text and place, as a suggestion reads them. */
    record Request(long ticketId, Instant at, String subject, String content, String address, Double lat, Double lng) {
    }

    /** The tickets registered in [from, to) that have no suggestion yet. */
    List<Request> unsuggested(Instant from, Instant to) {
        return jdbc.sql("""
                SELECT r.* FROM suggestion_request r
                WHERE r.created_at >= :from AND r.created_at < :to
                  AND NOT EXISTS (SELECT 1 FROM ticket_suggestion s WHERE s.ticket_id = r.ticket_id)
                ORDER BY r.ticket_id""")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, n) -> new Request(rs.getLong("ticket_id"), rs.getTimestamp("created_at").toInstant(),
                        rs.getString("subject"), rs.getString("content"), rs.getString("address"),
                        rs.getObject("lat", Double.class), rs.getObject("lng", Double.class))).list();
    }

    Optional<Suggestion> of(long ticketId) {
        return jdbc.sql("SELECT suggestion FROM ticket_suggestion WHERE ticket_id = :id").param("id", ticketId)
                .query((rs, n) -> json.readValue(rs.getString(1), Suggestion.class)).optional();
    }
}
