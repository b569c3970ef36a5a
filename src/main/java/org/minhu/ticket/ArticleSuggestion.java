package org.minhu.ticket;

/** A knowledge article offered for a request at intake: pinned ones (an emergency topic's) first. */
public record ArticleSuggestion(long id, long versionId, String title, double score, boolean pinned, String topic,
                                String snippet) {
}
