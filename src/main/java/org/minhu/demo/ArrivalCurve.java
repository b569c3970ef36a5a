package org.minhu.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * When requests arrive: hour by hour from the first day of the oldest month to the present,
 * busiest mid-morning and mid-afternoon, quietest before dawn, about a quarter fewer on days off,
 * and fewer in the months before last (thinner, so that the load stays short, but with enough
 * callbacks per unit to rank it).
 */
final class ArrivalCurve {

    /** Relative requests per hour of the day, 0 to 23 o'clock. */
    private static final double[] HOUR_WEIGHT = {0.35, 0.22, 0.15, 0.12, 0.12, 0.2, 0.5, 1.4, 3.4, 6.0, 6.6, 5.8,
            3.6, 4.2, 5.7, 6.1, 5.7, 4.3, 3.2, 3.0, 2.7, 2.1, 1.3, 0.7};
    private static final double DAY_OFF = 0.72;
    /** The share of a full day's requests in the months before last month. */
    private static final double OLDER_MONTHS = 0.8;

    private final DemoCalendar calendar;
    private final ZoneId zone;
    private final Instant now;
    private final Instant start;
    private final YearMonth lastMonth;
    private final int hours;

    /** From the first day of the month {@code months} before the present's. */
    ArrivalCurve(DemoCalendar calendar, ZoneId zone, Instant now, int months) {
        this.calendar = calendar;
        this.zone = zone;
        this.now = now;
        YearMonth present = YearMonth.from(now.atZone(zone));
        this.start = present.minusMonths(months).atDay(1).atStartOfDay(zone).toInstant();
        this.lastMonth = present.minusMonths(1);
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
            double w = HOUR_WEIGHT[local.getHour()] * (calendar.isWorkingDay(local.toLocalDate()) ? 1.0 : DAY_OFF)
                    * (YearMonth.from(local).isBefore(lastMonth) ? OLDER_MONTHS : 1.0);
            if (hourStart.plus(Duration.ofHours(1)).isAfter(now)) {
                w *= Duration.between(hourStart, now).toSeconds() / 3600.0;
            }
            sum += Math.max(w, 0);
            cumulative[h] = sum;
        }
        return cumulative;
    }
}
