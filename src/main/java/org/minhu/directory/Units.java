package org.minhu.directory;

import java.util.List;
import java.util.Optional;

/** The directory of units, the one way other modules read it. */
public interface Units {

    Optional<Unit> find(String code);

    /** The unit, or a 404 problem {@code UNIT_NOT_FOUND}. */
    Unit require(String code);

    /**
     * A unit in force today, from the in-memory directory behind {@link #all()} (no database
     * round trip): for routing and other hot paths that may lag a change by half a minute.
     */
    default Optional<Unit> inForce(String code) {
        return code == null ? Optional.empty() : all().stream().filter(u -> u.code().equals(code.strip())).findFirst();
    }

    /**
     * The name of a unit, in force or not, from the in-memory directory (no database round trip;
     * it may lag a change by half a minute): for pages that label many units at once.
     */
    Optional<String> nameOf(String code);

    /** Every unit in force today (units are few: a few thousand), for name matching and routing. */
    List<Unit> all();
}
