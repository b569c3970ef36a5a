package org.minhu.insight;

import java.time.Instant;
import java.util.List;

/**
 * Near-identical complaints about one building or business: tickets of the week of one category at
 * one address ({@code placeKind} {@code ADDRESS}, {@code place} the address as written first) or
 * community ({@code COMMUNITY}, its code), each text alike to another's. {@code key} names it for
 * the proactive ticket made of it.
 */
public record Cluster(String key, String categoryCode, String placeKind, String place, String streetCode,
                      String districtCode, List<Long> ticketIds, List<String> numbers, String sample, Instant first,
                      Instant last, Long proactiveTicketId) {
}
