package org.minhu.dispatch;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The units a request goes to, from the responsibility row of its category and the street or
 * township of its place: the lead (the place's street, or the named unit), then the assists. The
 * lead's confidence is the category's times the place's (for PLACE) or the category's alone. No
 * Spring.
 */
final class UnitProposal {

    private UnitProposal() {
    }

    static List<ProposedUnit> of(ResponsibilityRule rule, String street, double categoryConfidence,
                                 double placeConfidence, Function<String, String> names) {
        List<ProposedUnit> units = new ArrayList<>();
        switch (rule.lead()) {
            case PLACE -> {
                if (street != null) {
                    units.add(unit(street, "LEAD", categoryConfidence * placeConfidence, "RESPONSIBILITY_PLACE", names));
                }
            }
            case UNIT -> units.add(unit(rule.leadUnitCode(), "LEAD", categoryConfidence, "RESPONSIBILITY_UNIT", names));
            case CENTER -> { }
        }
        for (String assist : rule.assistUnitCodes()) {
            units.add(unit(assist, "ASSIST", categoryConfidence, "RESPONSIBILITY_ASSIST", names));
        }
        if (rule.assistPlace() && rule.lead() == ResponsibilityRule.Lead.UNIT && street != null) {
            units.add(unit(street, "ASSIST", categoryConfidence * placeConfidence, "PLACE_ASSISTS", names));
        }
        return units;
    }

    private static ProposedUnit unit(String code, String role, double confidence, String reason,
                                     Function<String, String> names) {
        return new ProposedUnit(code, names.apply(code), role, Math.round(confidence * 1000) / 1000.0, reason);
    }
}
