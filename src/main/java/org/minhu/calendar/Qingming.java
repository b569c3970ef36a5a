package org.minhu.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * 清明, the solar term when the sun's apparent ecliptic longitude reaches 15°, by the solar
 * position of J. Meeus, <i>Astronomical Algorithms</i> (2nd ed., ch. 25, with nutation and
 * aberration; about 0.01°, a quarter of an hour) and ΔT after Espenak and Meeus (2006). The day
 * is the date in Beijing time (UTC+8), as Chinese almanacs give it. Tested against every year of
 * the shipped calendar.
 */
final class Qingming {

    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    private static final double J2000 = 2451545.0;
    private static final double UNIX_EPOCH_JD = 2440587.5;
    private static final double TARGET = 15.0;

    private Qingming() {
    }

    /** The day of 清明 in {@code year} (1950–2149). */
    static LocalDate day(int year) {
        return LocalDate.ofInstant(instant(year), BEIJING);
    }

    /** The moment of 清明 in {@code year}, to about a quarter of an hour. */
    static Instant instant(int year) {
        if (year < 1950 || year > 2149) {
            throw new IllegalArgumentException("清明 is computed for 1950–2149, not " + year);
        }
        // start from 4 April 12:00 TT and follow the sun with Newton's method
        double jde = LocalDate.of(year, 4, 4).toEpochDay() + UNIX_EPOCH_JD + 0.5;
        for (int i = 0; i < 8; i++) {
            double off = normalized(apparentLongitude(jde) - TARGET);
            jde -= off / 0.98564736; // the sun's mean motion, degrees a day
        }
        double jdUt = jde - deltaT(year) / 86400.0;
        long micros = Math.round((jdUt - UNIX_EPOCH_JD) * 86_400_000_000.0);
        return Instant.EPOCH.plusNanos(micros * 1000);
    }

    /** The sun's apparent geocentric longitude in degrees at Julian Ephemeris Day {@code jde}. */
    static double apparentLongitude(double jde) {
        double t = (jde - J2000) / 36525.0;
        double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
        double m = Math.toRadians(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
        double c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(m)
                + (0.019993 - 0.000101 * t) * Math.sin(2 * m)
                + 0.000289 * Math.sin(3 * m);
        double omega = Math.toRadians(125.04 - 1934.136 * t);
        return normalized(l0 + c - 0.00569 - 0.00478 * Math.sin(omega));
    }

    /** TT − UT in seconds (Espenak and Meeus's polynomials). */
    static double deltaT(int year) {
        double y = year + 0.25; // early April
        if (y < 1986) {
            double t = y - 1975;
            return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
        }
        if (y < 2005) {
            double t = y - 2000;
            return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * Math.pow(t, 3)
                    + 0.000651814 * Math.pow(t, 4) + 0.00002373599 * Math.pow(t, 5);
        }
        if (y < 2050) {
            double t = y - 2000;
            return 62.92 + 0.32217 * t + 0.005589 * t * t;
        }
        double u = (y - 1820) / 100;
        return -20 + 32 * u * u - 0.5628 * (2150 - y);
    }

    /** An angle brought into (−180°, 180°]. */
    private static double normalized(double degrees) {
        double d = degrees % 360.0;
        if (d > 180) {
            d -= 360;
        } else if (d <= -180) {
            d += 360;
        }
        return d;
    }
}
