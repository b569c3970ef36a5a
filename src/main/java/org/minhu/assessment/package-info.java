/**
 * Assessment: each month every unit's response, resolution and satisfaction rates, its composite
 * and direct scores and its rank among its peers (接诉即办考核), scored in SQL from the ticket
 * module's read model (the {@code scoring_*} views), with the rules in force in the month
 * ({@link org.minhu.assessment.ScoringRules}). API: {@code GET /api/v1/assessments/{yyyy-MM}}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "directory"})
package org.minhu.assessment;
