package org.minhu.web;

import org.minhu.directory.Unit;
import org.minhu.directory.Units;
import org.springframework.stereotype.Component;

/** Unit names for the pages: {@code ${@unitLabels.name(code)}}. */
@Component
class UnitLabels {

    private final Units units;

    UnitLabels(Units units) {
        this.units = units;
    }

    public String name(String code) {
        return code == null ? "" : units.find(code).map(Unit::name).orElse(code);
    }
}
