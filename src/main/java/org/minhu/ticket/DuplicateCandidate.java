package org.minhu.ticket;

import java.time.Instant;
import java.util.List;

/**
 * An open ticket proposed as the same matter as a request at intake, best first: {@code score}
 * is its text's likeness (0–1); {@code reasons} say why it was proposed
 * ({@code SAME_PLACE}, {@code SAME_ADDRESS}, {@code NEARBY}, {@code SAME_DISTRICT},
 * {@code SAME_CATEGORY}, {@code SIMILAR_TEXT}) and {@code reason} says so in a sentence;
 * {@code metres} the distance when both have a point.
 */
public record DuplicateCandidate(long id, String number, double score, String reason, List<String> reasons,
                                 Integer metres, Instant createdAt, TicketStatus status, String snippet) {
}
