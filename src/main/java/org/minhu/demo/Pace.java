package org.minhu.demo;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.minhu.directory.Unit;
import org.minhu.directory.UnitKind;

/** How slowly each unit works this month, as a factor on its waits: laggards three times, the rest near 1. */
final class Pace {

    private static final double LAGGARD = 3.0;

    private final Map<String, Double> factors = new HashMap<>();

    Pace(DemoCity city, Laggards laggards, Random weights) {
        for (Unit u : city.byCode.values()) {
            if (u.kind() != UnitKind.COMMUNITY) {
                factors.put(u.code(), laggards.contains(u.code()) ? LAGGARD : Math.exp(0.25 * weights.nextGaussian()));
            }
        }
    }

    double of(String unitCode) {
        return factors.getOrDefault(unitCode, 1.0);
    }
}
