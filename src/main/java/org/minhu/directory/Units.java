package org.minhu.directory;

import java.util.List;
import java.util.Optional;

/** The directory of units, the one way other modules read it. */
public interface Units {

    Optional<Unit> find(String code);

    /** The unit, or a 404 problem {@code UNIT_NOT_FOUND}. */
    Unit require(String code);

    /** Every unit in force today (units are few: a few thousand), for name matching and routing. */
    List<Unit> all();
}
