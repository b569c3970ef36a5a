package org.minhu.calendar;

import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.minhu.platform.Caches;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The working calendar in force, without Spring: the bundled years plus the years administrators
 * entered (an administered year overrides a bundled one), covering the run of years that follows
 * the first bundled year without a gap, then {@value #PROVISIONAL_YEARS} provisional years from
 * the {@link StatutoryHolidays} law. An administered year beyond a gap is left out (and logged), so
 * a day in or after the gap is provisional or {@code CALENDAR_NOT_COVERED}.
 *
 * <p>The calendar is precomputed ({@link HolidayCalendar}) and kept in a one-entry cache
 * ({@link Caches}), so the hot path is a cache hit. Every {@code pollInterval} (by the injected
 * clock) the first caller asks the {@link Store} for its cheap {@link Store#signature() signature}
 * and rebuilds the calendar only when that changed; other callers meanwhile carry on with the
 * calendar they have. {@link #refresh()} rebuilds at once: the node where a year was entered
 * calls it, every other node sees the change within one poll interval. A failing poll keeps the
 * calendar in use and tries again after the next interval.
 */
final class CalendarYears {

    private static final Logger log = LoggerFactory.getLogger(CalendarYears.class);

    /** How many years past the last official one the calendar reaches provisionally. */
    static final int PROVISIONAL_YEARS = 2;

    /** One administered year as stored. */
    record Administered(YearDays days, int revision, String note, String enteredBy, Instant enteredAt) {
    }

    /** Where administered years live (the database, in the application). */
    interface Store {

        /** Changes whenever any administered year does: {@link CalendarYears#signatureOf} of {@link #administered()}. */
        String signature();

        List<Administered> administered();
    }

    /** A year the calendar covers and where it comes from. */
    record Covered(YearDays days, CalendarSource source, boolean overridesBundled, Administered entry) {

        int year() {
            return days.year();
        }
    }

    /** Covered years, official ones first, then provisional ones. */
    record Coverage(SortedMap<Integer, Covered> years, int officialThrough) {

        HolidayCalendar calendar(ZoneId zone) {
            return HolidayCalendar.of(daysOf(years), officialThrough, zone);
        }

        List<Integer> provisionalYears() {
            return years.tailMap(officialThrough + 1).keySet().stream().toList();
        }
    }

    /** The calendar in force, its years, and the store's signature it was built from. */
    record State(HolidayCalendar calendar, Coverage coverage, String signature) {

        SortedMap<Integer, Covered> years() {
            return coverage.years();
        }
    }

    /** The one entry of the cache: the calendar in force. */
    private static final String IN_FORCE = "in force";

    private final SortedMap<Integer, YearDays> bundled;
    private final StatutoryHolidays law;
    private final Store store;
    private final ZoneId zone;
    private final LoadingCache<String, State> state;

    CalendarYears(SortedMap<Integer, YearDays> bundled, StatutoryHolidays law, Store store, Clock clock,
                  Duration pollInterval, ZoneId zone) {
        if (bundled.isEmpty()) {
            throw new IllegalArgumentException("No bundled calendar years");
        }
        this.bundled = Collections.unmodifiableSortedMap(new TreeMap<>(bundled));
        this.law = Objects.requireNonNull(law, "law");
        this.store = Objects.requireNonNull(store, "store");
        this.zone = Objects.requireNonNull(zone, "zone");
        HolidayCalendar.of(this.bundled, zone); // the bundled data alone must make a calendar
        // Caffeine refreshes once more than the interval has passed; a look exactly one interval on is due too
        this.state = Caches.on(Objects.requireNonNull(clock, "clock")).refreshAfterWrite(pollInterval.minusNanos(1))
                .build(new CacheLoader<>() {
                    @Override
                    public State load(String key) {
                        return build(store.administered());
                    }

                    @Override
                    public State reload(String key, State old) {
                        return poll(old);
                    }
                });
    }

    SortedMap<Integer, YearDays> bundled() {
        return bundled;
    }

    ZoneId zone() {
        return zone;
    }

    /** The calendar in force, asking the store first when the last look is a poll interval old. */
    HolidayCalendar calendar() {
        return current().calendar();
    }

    State current() {
        return state.get(IN_FORCE);
    }

    /** Reads the administered years again now, whatever the signature says. */
    State refresh() {
        State s = build(store.administered());
        state.put(IN_FORCE, s);
        return s;
    }

    /** The state to use from now on: the same when the signature is, or when the store cannot be read. */
    private State poll(State s) {
        try {
            if (store.signature().equals(s.signature())) {
                return s;
            }
            State fresh = build(store.administered());
            log.info("Holiday calendar changed elsewhere: now {}–{}", fresh.calendar().firstYear(), fresh.calendar().lastYear());
            return fresh;
        } catch (RuntimeException e) {
            log.warn("Cannot read the administered calendar years; keeping {}–{} until the next try",
                    s.calendar().firstYear(), s.calendar().lastYear(), e);
            return s;
        }
    }

    private State build(List<Administered> administered) {
        Coverage coverage = withProvisional(merge(bundled, administered), law);
        return new State(coverage.calendar(zone), coverage, signatureOf(administered));
    }

    /** The official years followed by {@value #PROVISIONAL_YEARS} provisional ones. */
    static Coverage withProvisional(SortedMap<Integer, Covered> official, StatutoryHolidays law) {
        SortedMap<Integer, Covered> years = new TreeMap<>(official);
        int officialThrough = official.lastKey();
        for (int year = officialThrough + 1; year <= officialThrough + PROVISIONAL_YEARS; year++) {
            years.put(year, new Covered(law.provisional(year), CalendarSource.PROVISIONAL, false, null));
        }
        return new Coverage(Collections.unmodifiableSortedMap(years), officialThrough);
    }

    /**
     * The covered years: bundled ones, replaced by administered ones, from the first bundled year
     * on as far as they follow each other without a gap. Years left out are logged.
     */
    static SortedMap<Integer, Covered> merge(SortedMap<Integer, YearDays> bundled, Collection<Administered> administered) {
        SortedMap<Integer, Covered> all = new TreeMap<>();
        bundled.forEach((year, days) -> all.put(year, new Covered(days, CalendarSource.BUNDLED, false, null)));
        for (Administered entry : administered) {
            int year = entry.days().year();
            all.put(year, new Covered(entry.days(), CalendarSource.ADMINISTERED, bundled.containsKey(year), entry));
        }
        SortedMap<Integer, Covered> covered = new TreeMap<>();
        int year = bundled.firstKey();
        while (all.containsKey(year)) {
            covered.put(year, all.get(year));
            year++;
        }
        List<Integer> left = all.keySet().stream().filter(y -> !covered.containsKey(y)).toList();
        if (!left.isEmpty()) {
            log.warn("Administered calendar years {} are not used: they do not follow {}–{} without a gap",
                    left, covered.firstKey(), covered.lastKey());
        }
        return Collections.unmodifiableSortedMap(covered);
    }

    static SortedMap<Integer, YearDays> daysOf(SortedMap<Integer, Covered> years) {
        SortedMap<Integer, YearDays> days = new TreeMap<>();
        years.forEach((year, covered) -> days.put(year, covered.days()));
        return days;
    }

    /** {@code year:revision} of every administered year, by year, comma-separated; empty when there is none. */
    static String signatureOf(Collection<Administered> administered) {
        List<Administered> sorted = new ArrayList<>(administered);
        sorted.sort(Comparator.comparingInt(a -> a.days().year()));
        return sorted.stream().map(a -> a.days().year() + ":" + a.revision()).collect(Collectors.joining(","));
    }
}
