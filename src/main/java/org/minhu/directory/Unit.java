package org.minhu.directory;

import java.time.LocalDate;

/**
 * A 承办单位: a unit that can be given assignments. {@code code} is the 12-digit division code
 * where one exists; {@code districtCode} is the district the unit lies in (its own code for a
 * district, null for citywide units such as the centre, departments and utilities).
 */
public record Unit(String code, String name, UnitKind kind, String parentCode, String districtCode,
                   Integer population, LocalDate validFrom, LocalDate validTo) {

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || day.isBefore(validTo));
    }
}
