package org.minhu.dispatch;

import java.util.Map;
import org.minhu.directory.Unit;
import org.minhu.directory.UnitKind;
import org.minhu.directory.Units;
import org.minhu.platform.MinhuException;

/**
 * What a responsibility row must be: a leaf category, a day, a lead; a UNIT lead names a unit in
 * force that is not a place (a department, utility or the centre); assists are units in force,
 * none twice and not the lead.
 */
final class ResponsibilityChecks {

    private ResponsibilityChecks() {
    }

    static void check(ResponsibilityRule rule, Categories categories, Units units) {
        var category = categories.find(rule.categoryCode())
                .orElseThrow(() -> MinhuException.notFound("category", rule.categoryCode()));
        if (!category.isLeaf()) {
            throw invalid("not-a-leaf", "Only leaf categories are in the responsibility list", "categoryCode");
        }
        if (rule.effectiveFrom() == null || rule.lead() == null || rule.assistUnitCodes() == null) {
            throw invalid("missing", "effectiveFrom, lead and assistUnitCodes are needed", "lead");
        }
        if (rule.lead() == ResponsibilityRule.Lead.UNIT) {
            Unit lead = rule.leadUnitCode() == null ? null : units.inForce(rule.leadUnitCode()).orElse(null);
            if (lead == null || lead.kind().isStreetLevel() || lead.kind() == UnitKind.COMMUNITY
                    || lead.kind() == UnitKind.DISTRICT) {
                throw invalid("lead-unit", "A UNIT lead names a department or utility in force", "leadUnitCode");
            }
        }
        var seen = new java.util.HashSet<String>();
        for (String assist : rule.assistUnitCodes()) {
            if (assist == null || units.inForce(assist).isEmpty() || !seen.add(assist) || assist.equals(rule.leadUnitCode())) {
                throw invalid("assist", "Each assist is a unit in force, named once and not the lead", "assistUnitCodes");
            }
        }
    }

    private static MinhuException invalid(String reason, String message, String field) {
        return MinhuException.invalid("VALIDATION_FAILED", reason, message, Map.of("field", field));
    }
}
