package org.minhu.dispatch;

import org.minhu.directory.UnitKind;

/**
 * A unit the ticket could be dispatched to, why, and how sure we are (0–1). {@code reason} is a
 * stable code: NAMED_BY_CALLER, ADDRESS_NAMES_STREET, ADDRESS_NAMES_COMMUNITY,
 * ADDRESS_NAMES_DISTRICT, POINT_IN_STREET, POINT_IN_DISTRICT; {@code matched} is the name found in the text.
 */
public record RoutingSuggestion(String unitCode, String unitName, UnitKind kind, String reason, String matched,
                                double score) {
}
