package org.minhu.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the holiday data of the {@code chinese-days} package ({@code dist/chinese-days.json}):
 * <pre>{"holidays": {"2024-02-10": "Spring Festival,春节,3", …},
 *  "workdays": {"2024-02-04": "Spring Festival,春节,3", …},
 *  "inLieuDays": {…}}</pre>
 * {@code holidays} are the days off (weekend days among them), {@code workdays} the make-up
 * workdays (调休); {@code inLieuDays} only says which holidays were paid for by those and is
 * not needed. The covered years are those the data lists, and every one of them must have
 * entries, so a gap can never pass for "no holidays that year".
 */
final class ChineseDays {

    /** Where the shipped copy lives on the class path. */
    static final String RESOURCE = "reference/calendar/chinese-days.json";

    private ChineseDays() {
    }

    /** The calendar from the copy shipped with the application. */
    static HolidayCalendar bundled(ZoneId zone) {
        return HolidayCalendar.of(bundledYears(), zone);
    }

    /** The shipped copy, year by year. */
    static SortedMap<Integer, YearDays> bundledYears() {
        try (InputStream in = ChineseDays.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing class-path resource " + RESOURCE);
            }
            return years(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    static HolidayCalendar read(InputStream json, ZoneId zone) {
        return HolidayCalendar.of(years(json), zone);
    }

    /** The data year by year; the years are contiguous and each has entries. */
    static SortedMap<Integer, YearDays> years(InputStream json) {
        JsonNode root = JsonMapper.builder().build().readTree(json);
        Set<LocalDate> holidays = dates(root, "holidays");
        Set<LocalDate> workdays = dates(root, "workdays");
        TreeSet<Integer> years = new TreeSet<>();
        holidays.forEach(d -> years.add(d.getYear()));
        workdays.forEach(d -> years.add(d.getYear()));
        if (years.isEmpty()) {
            throw new IllegalArgumentException("The holiday data lists no days at all");
        }
        for (int year = years.first(); year <= years.last(); year++) {
            if (!years.contains(year)) {
                throw new IllegalArgumentException("The holiday data has a gap: nothing for " + year);
            }
        }
        SortedMap<Integer, YearDays> byYear = new TreeMap<>();
        for (int year : years) {
            int y = year;
            byYear.put(year, YearDays.of(year,
                    holidays.stream().filter(d -> d.getYear() == y).toList(),
                    workdays.stream().filter(d -> d.getYear() == y).toList()));
        }
        return byYear;
    }

    private static Set<LocalDate> dates(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("The holiday data has no object \"" + field + "\"");
        }
        Set<LocalDate> dates = new HashSet<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            dates.add(LocalDate.parse(entry.getKey()));
        }
        return dates;
    }
}
