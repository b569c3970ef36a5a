package org.minhu.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.minhu.platform.ReferenceCsv;

/**
 * The days off by law of 《全国年节及纪念日放假办法》, each revision as dated data
 * ({@code reference/calendar/statutory-holidays.csv}): the revision with the latest
 * {@code fromYear} on or before a year decides that year. A provisional year is exactly these
 * days: weekends rest, and neither make-up workdays nor bridge days, which only the State
 * Council's notice of the year can say. Plain data, usable without Spring.
 */
final class StatutoryHolidays {

    static final String RESOURCE = "reference/calendar/statutory-holidays.csv";

    /** Where a holiday falls in the year. */
    enum Anchor { SOLAR, LUNAR, QINGMING }

    /** One festival of one revision: {@code days} days off from {@code offset} days after the anchor. */
    record Holiday(int fromYear, String festival, Anchor anchor, int month, int day, int offset, int days) {

        SortedSet<LocalDate> in(int year) {
            LocalDate anchored = switch (anchor) {
                case SOLAR -> LocalDate.of(year, month, day);
                case LUNAR -> LunarDates.of(year, month, day);
                case QINGMING -> Qingming.day(year);
            };
            SortedSet<LocalDate> off = new TreeSet<>();
            for (int i = 0; i < days; i++) {
                off.add(anchored.plusDays(offset + i));
            }
            return off;
        }
    }

    private final List<Holiday> holidays;

    StatutoryHolidays(List<Holiday> holidays) {
        this.holidays = List.copyOf(holidays);
    }

    /** The shipped revisions. */
    static StatutoryHolidays bundled() {
        return new StatutoryHolidays(ReferenceCsv.read(RESOURCE).stream().map(StatutoryHolidays::holiday).toList());
    }

    /** One row: {@code from_year,festival,anchor,month_day,offset,days}, {@code month_day} as MM-DD or empty. */
    private static Holiday holiday(Map<String, String> row) {
        String monthDay = row.get("month_day");
        int month = monthDay.isEmpty() ? 0 : Integer.parseInt(monthDay.substring(0, 2));
        int day = monthDay.isEmpty() ? 0 : Integer.parseInt(monthDay.substring(3, 5));
        return new Holiday(Integer.parseInt(row.get("from_year")), row.get("festival"), Anchor.valueOf(row.get("anchor")),
                month, day, Integer.parseInt(row.get("offset")), Integer.parseInt(row.get("days")));
    }

    /** The revision in force in {@code year}: its holidays. */
    List<Holiday> revisionFor(int year) {
        int from = holidays.stream().mapToInt(Holiday::fromYear).filter(y -> y <= year).max()
                .orElseThrow(() -> new IllegalArgumentException("No holiday law in force in " + year));
        return holidays.stream().filter(h -> h.fromYear() == from).toList();
    }

    /** Every day off by law in {@code year}, with its festival. */
    java.util.SortedMap<LocalDate, String> festivals(int year) {
        java.util.SortedMap<LocalDate, String> days = new java.util.TreeMap<>();
        for (Holiday holiday : revisionFor(year)) {
            holiday.in(year).stream().filter(d -> d.getYear() == year).forEach(d -> days.putIfAbsent(d, holiday.festival()));
        }
        return days;
    }

    /** Every day off by law in {@code year}, weekend days among them. */
    SortedSet<LocalDate> daysOff(int year) {
        SortedSet<LocalDate> off = new TreeSet<>();
        for (Holiday holiday : revisionFor(year)) {
            holiday.in(year).stream().filter(d -> d.getYear() == year).forEach(off::add);
        }
        return off;
    }

    /** The provisional year: the statutory days off, no make-up workdays. */
    YearDays provisional(int year) {
        return YearDays.of(year, daysOff(year), List.of());
    }
}
