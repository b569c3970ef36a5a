package org.minhu.ticket;

/** What the citizen told us, fixed at intake. */
record TicketFacts(Channel channel, RequestType type, Urgency urgency, String subject, String content,
                   String categoryCode, String requesterName, String requesterPhone, boolean requesterConfidential,
                   String address, Double lat, Double lng, String locationUnitCode) {
}
