package org.minhu.ticket;

/**
 * A request as it stands at intake, being typed or just registered (then {@code ticketId} is its
 * id): what duplicates and articles are looked for with.
 */
public record IntakeDraft(Long ticketId, String subject, String content, String address, Double lat, Double lng,
                          String locationUnitCode, String districtCode, String categoryCode, String phone) {

    /** Subject, content and address, one per line, as the search index holds a ticket's text. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (String part : new String[] {subject, content, address}) {
            if (part != null && !part.isBlank()) {
                text.append(text.isEmpty() ? "" : "\n").append(part.strip());
            }
        }
        return text.toString();
    }
}
