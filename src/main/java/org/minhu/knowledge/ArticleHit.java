package org.minhu.knowledge;

/**
 * An article found for a request: {@code snippet} is the passage of its body that matched
 * (HTML-escaped, the words in {@code <mark>}); {@code pinned} articles belong to an open emergency
 * {@code topic} and come first for every operator.
 */
public record ArticleHit(long id, long versionId, String title, String snippet, double score, boolean pinned,
                         String topic) {
}
