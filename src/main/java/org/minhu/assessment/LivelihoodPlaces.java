package org.minhu.assessment;

import java.util.Map;
import org.minhu.directory.Unit;
import org.minhu.directory.UnitKind;
import org.minhu.directory.Units;
import org.minhu.platform.MinhuException;
import org.springframework.stereotype.Component;

/** The places the monitor reads, from the directory: a district, or the city as the centre stands for it. */
@Component
class LivelihoodPlaces {

    private final Units units;

    LivelihoodPlaces(Units units) {
        this.units = units;
    }

    /** The district asked (blank: none); a code that is not a district's is 400 {@code INVALID_PARAMETER}. */
    String district(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return units.find(code.strip()).filter(u -> u.kind() == UnitKind.DISTRICT).map(Unit::code)
                .orElseThrow(() -> MinhuException.invalid("INVALID_PARAMETER", "unknown-district", "No district has the code " + code,
                        Map.of("district", code)));
    }

    /** The district with its name and population; null: the city, whose population is the centre's figure. */
    LivelihoodMonthQuery.Place place(String district) {
        if (district != null) {
            Unit unit = units.require(district);
            return new LivelihoodMonthQuery.Place(unit.code(), unit.name(), unit.population());
        }
        Integer city = units.all().stream().filter(u -> u.kind() == UnitKind.CENTER).findFirst()
                .map(Unit::population).orElse(null);
        return new LivelihoodMonthQuery.Place(null, null, city);
    }

    /** Every district in force, by code. */
    java.util.List<Unit> districts() {
        return units.all().stream().filter(u -> u.kind() == UnitKind.DISTRICT).toList();
    }
}
