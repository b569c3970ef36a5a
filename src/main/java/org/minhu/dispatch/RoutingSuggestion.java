package org.minhu.dispatch;

import org.minhu.directory.UnitKind;

/** A unit the ticket could be dispatched to, why, and how sure we are (0–1). */
public record RoutingSuggestion(String unitCode, String unitName, UnitKind kind, String reason, double score) {
}
