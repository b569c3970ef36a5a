package org.minhu.demo;

import java.time.Duration;
import java.util.Random;

/**
 * The one source of chance of a demo month. Every draw of the plan goes through it, in a fixed
 * order, which is what makes a month the same for the same seed and present: reordering two draws
 * changes the whole month after them.
 */
final class Dice {

    private final Random random;

    Dice(long seed) {
        this.random = new Random(seed);
    }

    /** True with probability {@code p}. */
    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    double nextDouble() {
        return random.nextDouble();
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    boolean nextBoolean() {
        return random.nextBoolean();
    }

    <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    /** An index drawn in proportion to {@code weights}. */
    int weighted(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1; // rounding left x at or just above zero
    }

    /** A lognormal amount around {@code median}: most waits are short, a few are very long, as in life. */
    double logn(double median, double sigma) {
        return median * Math.exp(sigma * random.nextGaussian());
    }

    /** Whole minutes as a duration; a drawn offset subtracted from a deadline may come out negative. */
    static Duration minutes(long minutes) {
        return Duration.ofMinutes(Math.max(0, minutes));
    }
}
