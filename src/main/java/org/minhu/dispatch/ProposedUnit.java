package org.minhu.dispatch;

/**
 * A unit proposed for a request: as LEAD or ASSIST, how sure (0–1), and why — a stable code:
 * {@code RESPONSIBILITY_PLACE} (the list gives the category to the place's street),
 * {@code RESPONSIBILITY_UNIT} (to a named department or utility), {@code RESPONSIBILITY_ASSIST},
 * {@code PLACE_ASSISTS} (the place's street helps the unit that leads), {@code HISTORY} (it handled
 * this category at this place before).
 */
public record ProposedUnit(String unitCode, String unitName, String role, double confidence, String reason) {
}
