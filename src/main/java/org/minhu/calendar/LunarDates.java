package org.minhu.calendar;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;
import java.time.LocalDate;

/**
 * Gregorian dates of Chinese lunar dates, from lunar-java ({@code cn.6tail:lunar}), which reckons
 * new moons and solar terms after 寿星天文历 in Beijing time, as the official 农历 does. ICU4J's
 * {@code ChineseCalendar} was tried first and puts 正月初一 of 2027 on 7 February: the new moon
 * falls at 23:56 on the 6th, Beijing time, closer to midnight than its lunar theory can tell.
 */
final class LunarDates {

    private LunarDates() {
    }

    /**
     * The Gregorian date of lunar {@code month}/{@code day} (never of a leap month) in the lunar
     * year whose 正月初一 falls in Gregorian {@code year}.
     */
    static LocalDate of(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 30) {
            throw new IllegalArgumentException("No lunar date " + month + "-" + day);
        }
        Solar solar = Lunar.fromYmd(year, month, day).getSolar();
        return LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay());
    }
}
