package org.minhu.insight;

import java.util.List;
import java.util.Map;

/**
 * A page of search results. {@code facets} counts, for each of status, unit, district, category,
 * channel and month, the matching tickets by value (most first, at most 20 values each).
 * {@code source} is {@code INDEX}, or {@code DATABASE} while this node has no complete index: the
 * tickets are then found by the database's slower text match, without facets or highlights.
 */
public record SearchResult(List<SearchHit> content, int page, int size, long totalElements,
                           Map<String, Map<String, Long>> facets, String source, IndexState index) {
}
