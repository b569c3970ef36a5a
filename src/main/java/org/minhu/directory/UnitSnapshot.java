package org.minhu.directory;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The directory in memory as of a day: the units in force that day, by code order and by code,
 * and the name of every unit, in force or not (pages label old tickets with them too).
 */
record UnitSnapshot(List<Unit> inForce, Map<String, Unit> inForceByCode, Map<String, String> names) {

    /** The snapshot of {@code every} unit, in code order, on {@code day}. */
    static UnitSnapshot of(List<Unit> every, LocalDate day) {
        List<Unit> inForce = every.stream().filter(u -> u.validOn(day)).toList();
        Map<String, Unit> byCode = new HashMap<>();
        inForce.forEach(u -> byCode.put(u.code(), u));
        Map<String, String> names = new HashMap<>();
        every.forEach(u -> names.put(u.code(), u.name()));
        return new UnitSnapshot(inForce, Map.copyOf(byCode), Map.copyOf(names));
    }
}
