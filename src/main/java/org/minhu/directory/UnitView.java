package org.minhu.directory;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * A unit as the API shows it. Every field is always present (null when unknown: a street's
 * population, a unit still in force has {@code validTo} null) except {@code aliases}, which only
 * the single-unit call carries.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record UnitView(String code, String name, UnitKind kind, String parentCode, String districtCode,
                String districtName, Integer population, LocalDate validFrom, LocalDate validTo,
                @JsonInclude(JsonInclude.Include.NON_NULL) List<String> aliases) {

    UnitView withAliases(List<String> aliases) {
        return new UnitView(code, name, kind, parentCode, districtCode, districtName, population, validFrom, validTo,
                List.copyOf(aliases));
    }
}
