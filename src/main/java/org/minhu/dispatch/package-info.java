/**
 * Dispatch: which unit should handle a ticket. Jurisdiction from the location (a unit code, the
 * address text, a point) and, later, the classifier; it suggests, the operator decides.
 */
package org.minhu.dispatch;
