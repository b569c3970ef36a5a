package org.minhu.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.minhu.directory.Unit;

/**
 * Where requests come from: districts by population, streets by a fixed spread of their own, the
 * laggard streets two and a half times busier (a busy street falls behind more easily), and any
 * community of the street.
 */
final class Places {

    /** For a district the directory has no population for: about a small district's. */
    private static final double UNKNOWN_POPULATION = 500_000;

    private final DemoCity city;
    private final Dice dice;
    private final double[] districtWeights;
    private final Map<String, double[]> streetWeights = new HashMap<>();

    Places(DemoCity city, Laggards laggards, Random weights, Dice dice) {
        this.city = city;
        this.dice = dice;
        districtWeights = city.districts.stream()
                .mapToDouble(d -> d.population() == null ? UNKNOWN_POPULATION : d.population()).toArray();
        for (Unit d : city.districts) {
            List<Unit> streets = city.streetsByDistrict.get(d.code());
            double[] w = new double[streets.size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = Math.exp(0.5 * weights.nextGaussian()) * (laggards.contains(streets.get(i).code()) ? 2.5 : 1.0);
            }
            streetWeights.put(d.code(), w);
        }
    }

    Place next() {
        Unit district = city.districts.get(dice.weighted(districtWeights));
        List<Unit> streets = city.streetsByDistrict.get(district.code());
        Unit street = streets.get(dice.weighted(streetWeights.get(district.code())));
        List<String> communities = city.communities(street);
        return new Place(district, street, communities.get(dice.nextInt(communities.size())));
    }
}
