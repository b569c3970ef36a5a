/**
 * Dispatch: which unit should handle a ticket. Jurisdiction from the location (a unit code, the
 * address text, a point) and the category classifier ({@link org.minhu.dispatch.CategoryClassifier},
 * Spring-free); it suggests, the operator decides. Also the
 * problem taxonomy ({@link org.minhu.dispatch.Categories}, {@code GET /api/v1/categories}) with
 * each leaf's routing hint.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "directory"})
package org.minhu.dispatch;
