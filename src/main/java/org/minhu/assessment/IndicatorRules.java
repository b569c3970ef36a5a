package org.minhu.assessment;

import java.util.Map;
import org.minhu.platform.CleanText;
import org.minhu.platform.MinhuException;

/** What an indicator's definition must be: a code of capitals, names and a measure, some peer groups. */
final class IndicatorRules {

    private IndicatorRules() {
    }

    static void check(Indicator i) {
        if (i.code() == null || !i.code().matches("[A-Z][A-Z0-9_]{1,31}")) {
            throw invalid("code", "An indicator's code is 2 to 32 capitals, digits and _, starting with a capital");
        }
        text(i.nameZh(), "nameZh", 100);
        text(i.nameEn(), "nameEn", 100);
        text(i.unitOfMeasure(), "unitOfMeasure", 32);
        if (i.peerGroups() == null || i.peerGroups().isEmpty()
                || i.peerGroups().stream().anyMatch(java.util.Objects::isNull)) { // List.of refuses contains(null)
            throw invalid("peerGroups", "Name the peer groups the indicator ranks");
        }
    }

    private static void text(String value, String field, int max) {
        if (value == null || value.isBlank() || value.length() > max || !CleanText.Validator.isClean(value)) {
            throw invalid(field, field + " is text of 1 to " + max + " characters");
        }
    }

    private static MinhuException invalid(String field, String message) {
        return MinhuException.invalid("VALIDATION_FAILED", "indicator", message, Map.of("field", field));
    }
}
