package org.minhu.demo;

import static org.minhu.demo.Dice.minutes;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.minhu.calendar.DeadlineClass;

/**
 * How long a unit takes at each step, scaled by its {@link Pace}: minutes to accept, hours to
 * respond, hours to days to complete by deadline class.
 */
final class WorkTimes {

    private final Dice dice;
    private final ZoneId zone;

    WorkTimes(Dice dice, ZoneId zone) {
        this.dice = dice;
        this.zone = zone;
    }

    /** Night assignments mostly wait for the morning shift; the rest are picked up in minutes. */
    Instant accepted(Instant from, double pace) {
        ZonedDateTime local = from.atZone(zone);
        int hour = local.getHour();
        if ((hour >= 22 || hour < 7) && dice.chance(0.6)) {
            ZonedDateTime morning = (hour >= 22 ? local.plusDays(1) : local).withHour(8).withMinute(0).withSecond(0);
            return morning.toInstant().plus(minutes((long) (dice.nextInt(90) * pace)));
        }
        return from.plus(minutes((long) (1 + dice.logn(25, 0.9) * pace)));
    }

    Instant responded(Instant from, DeadlineClass deadlineClass, double pace) {
        double median = deadlineClass == DeadlineClass.URGENT ? 40 : 180;
        return from.plus(minutes((long) (1 + dice.logn(median, 0.9) * pace)));
    }

    /** The work itself varies more than the unit: pace counts by its square root, but a laggard takes twice as long. */
    Instant completed(Instant responded, DeadlineClass deadlineClass, double pace, boolean laggard) {
        double median = switch (deadlineClass) {
            case URGENT, UTILITY -> 6 * 60;
            case NORMAL -> 2.5 * 24 * 60;
            case COMPLEX -> 6 * 24 * 60;
        };
        double completePace = laggard ? 2.0 : Math.sqrt(pace);
        return responded.plus(minutes((long) (5 + dice.logn(median, 0.7) * completePace)));
    }
}
