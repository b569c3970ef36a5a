package org.minhu.demo;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.minhu.directory.Unit;
import org.minhu.directory.UnitKind;

/**
 * How slowly each unit works, as a factor on its waits: near 1 for each unit by a trait of its
 * own, three times as slow in a month it lags.
 */
final class Pace {

    private static final double LAGGARD = 3.0;

    private final Map<String, Double> factors = new HashMap<>();

    Pace(DemoCity city, Random weights) {
        for (Unit u : city.byCode.values()) {
            if (u.kind() != UnitKind.COMMUNITY) {
                factors.put(u.code(), Math.exp(0.25 * weights.nextGaussian()));
            }
        }
    }

    /** The unit's factor; {@code lagging}: in a month it lags. */
    double of(String unitCode, boolean lagging) {
        return lagging ? LAGGARD : factors.getOrDefault(unitCode, 1.0);
    }
}
