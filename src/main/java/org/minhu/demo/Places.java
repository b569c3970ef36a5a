package org.minhu.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.minhu.directory.Unit;

/**
 * Where requests come from: districts by their population and their number of streets together
 * (a small district's townships have their own business, and enough of it to be ranked), streets
 * by a fixed spread of their own, the laggard streets two and a half times busier (a busy street
 * falls behind more easily), communities by a wider spread (many quiet ones have no request in a
 * month), and a few {@link Exemplars}, busier than most.
 */
final class Places {

    /** For a district the directory has no population for: about a small district's. */
    private static final double UNKNOWN_POPULATION = 500_000;
    /** The share of requests from the exemplary communities, a few dozen each a month. */
    private static final double EXEMPLARY = 0.004;

    private final DemoCity city;
    private final Dice dice;
    private final Exemplars exemplars;
    private final double[] districtWeights;
    private final Map<String, double[]> streetWeights = new HashMap<>();
    private final Map<String, double[]> communityWeights = new HashMap<>();

    Places(DemoCity city, Laggards laggards, Exemplars exemplars, Random weights, Dice dice) {
        this.city = city;
        this.dice = dice;
        this.exemplars = exemplars;
        double people = city.districts.stream().mapToDouble(Places::population).sum();
        double streets = city.streets.size();
        districtWeights = city.districts.stream()
                .mapToDouble(d -> population(d) / people + city.streetsByDistrict.get(d.code()).size() / streets).toArray();
        for (Unit d : city.districts) {
            List<Unit> inDistrict = city.streetsByDistrict.get(d.code());
            double[] w = new double[inDistrict.size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = Math.exp(0.4 * weights.nextGaussian()) * (laggards.ever(inDistrict.get(i).code()) ? 2.5 : 1.0);
            }
            streetWeights.put(d.code(), w);
        }
        for (Unit street : city.streets) {
            communityWeights.put(street.code(), city.communities(street).stream()
                    .mapToDouble(c -> Math.exp(0.9 * weights.nextGaussian())).toArray());
        }
    }

    Place next() {
        if (dice.chance(EXEMPLARY) && exemplars.pick(dice) instanceof Place exemplary) {
            return exemplary;
        }
        Unit district = city.districts.get(dice.weighted(districtWeights));
        List<Unit> streets = city.streetsByDistrict.get(district.code());
        Unit street = streets.get(dice.weighted(streetWeights.get(district.code())));
        List<Unit> communities = city.communities(street);
        if (communities.isEmpty()) {
            return new Place(district, street, DemoCity.shortName(street.name()) + "社区", null, false);
        }
        Unit community = communities.get(dice.weighted(communityWeights.get(street.code())));
        return new Place(district, street, DemoCity.place(community.name()), community.code(),
                Exemplars.CODES.contains(community.code())); // an exemplar's every request goes well
    }

    private static double population(Unit district) {
        return district.population() == null ? UNKNOWN_POPULATION : district.population();
    }
}
