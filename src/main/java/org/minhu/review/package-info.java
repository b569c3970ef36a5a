/**
 * Review: the pack the district's monthly review meeting (月度工作点评会) reads — the month's
 * ranking tables, a card for every street and township with its standing on 接诉即办 and on every
 * other indicator and a drafted comment, the proposed speakers and the governance and praise
 * lists — as JSON, as an Excel workbook and as a printable console page. It reads everything through
 * the assessment module's API. API: {@code GET /api/v1/reviews/{yyyy-MM}?district=}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "directory", "dispatch", "assessment"})
package org.minhu.review;
