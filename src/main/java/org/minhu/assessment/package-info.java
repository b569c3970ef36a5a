/**
 * Assessment: each month every unit's response, resolution and satisfaction rates, its composite
 * and direct scores and its rank among its peers (接诉即办考核), scored in SQL from the ticket
 * module's read model (the {@code scoring_*} views), with the rules in force in the month
 * ({@link org.minhu.assessment.ScoringRules}). API: {@code GET /api/v1/assessments/{yyyy-MM}}. Also the
 * 七有五性 monitor ({@link org.minhu.assessment.Livelihood}): requests per livelihood dimension, the
 * categories (dispatch's taxonomy) mapped onto the dimensions as dated data.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "directory", "dispatch"})
package org.minhu.assessment;
