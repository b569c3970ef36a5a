package org.minhu.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * When requests arrive: hour by hour over the last days, busiest mid-morning and mid-afternoon,
 * quietest before dawn, and about a quarter fewer on days off.
 */
final class ArrivalCurve {

    /** Relative requests per hour of the day, 0 to 23 o'clock. */
    private static final double[] HOUR_WEIGHT = {0.35, 0.22, 0.15, 0.12, 0.12, 0.2, 0.5, 1.4, 3.4, 6.0, 6.6, 5.8,
            3.6, 4.2, 5.7, 6.1, 5.7, 4.3, 3.2, 3.0, 2.7, 2.1, 1.3, 0.7};
    private static final double DAY_OFF = 0.72;

    private final DemoCalendar calendar;
    private final ZoneId zone;
    private final Instant now;
    private final Instant start;
    private final int hours;

    ArrivalCurve(DemoCalendar calendar, ZoneId zone, Instant now, int days) {
        this.calendar = calendar;
        this.zone = zone;
        this.now = now;
        this.start = now.minus(Duration.ofDays(days)).truncatedTo(ChronoUnit.HOURS);
        this.hours = (int) Duration.between(start, now).toHours() + 1;
    }

    /** {@code count} arrival times, sorted, none after the present. */
    List<Instant> arrivals(int count, Dice dice) {
        double[] cumulative = cumulativeWeights();
        double sum = cumulative[hours - 1];
        List<Instant> times = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int h = Arrays.binarySearch(cumulative, dice.nextDouble() * sum);
            h = h < 0 ? -h - 1 : h;
            Instant bucket = start.plus(Duration.ofHours(Math.min(h, hours - 1)));
            Instant t = bucket.plusSeconds(dice.nextInt(3600));
            times.add(t.isAfter(now) ? now : t);
        }
        times.sort(Comparator.naturalOrder());
        return times;
    }

    /** The running sum of the hours' weights; the hour still under way counts for the part that has passed. */
    private double[] cumulativeWeights() {
        double[] cumulative = new double[hours];
        double sum = 0;
        for (int h = 0; h < hours; h++) {
            Instant hourStart = start.plus(Duration.ofHours(h));
            ZonedDateTime local = hourStart.atZone(zone);
            double w = HOUR_WEIGHT[local.getHour()] * (calendar.isWorkingDay(local.toLocalDate()) ? 1.0 : DAY_OFF);
            if (hourStart.plus(Duration.ofHours(1)).isAfter(now)) {
                w *= Duration.between(hourStart, now).toSeconds() / 3600.0;
            }
            sum += Math.max(w, 0);
            cumulative[h] = sum;
        }
        return cumulative;
    }
}
