package org.minhu.web;

import org.minhu.directory.Units;
import org.springframework.stereotype.Component;

/**
 * Unit names for the pages: {@code ${@unitLabels.name(code)}}. A page asks once per cell, so the
 * names come from the directory in memory, never one query per row.
 */
@Component
class UnitLabels {

    private final Units units;

    UnitLabels(Units units) {
        this.units = units;
    }

    public String name(String code) {
        return code == null ? "" : units.nameOf(code).orElse(code);
    }
}
