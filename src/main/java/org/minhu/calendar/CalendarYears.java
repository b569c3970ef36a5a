package org.minhu.calendar;

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
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The working calendar in force, without Spring: the bundled years plus the years administrators
 * entered (an administered year overrides a bundled one), covering the run of years that follows
 * the first bundled year without a gap. An administered year beyond a gap is left out (and
 * logged), so a day in or after the gap stays {@code CALENDAR_NOT_COVERED}.
 *
 * <p>The calendar is precomputed ({@link HolidayCalendar}) and kept in a volatile field, so the
 * hot path is a field read and a clock read. Every {@code pollInterval} (by the injected clock)
 * the first caller asks the {@link Store} for its cheap {@link Store#signature() signature}
 * and rebuilds the calendar only when that changed; other callers meanwhile carry on with the
 * calendar they have. {@link #refresh()} rebuilds at once: the node where a year was entered
 * calls it, every other node sees the change within one poll interval. A failing poll keeps the
 * calendar in use and tries again after the next interval.
 */
final class CalendarYears {

    private static final Logger log = LoggerFactory.getLogger(CalendarYears.class);

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

    /** The calendar in force, its years, and when the store was last asked. */
    record State(HolidayCalendar calendar, SortedMap<Integer, Covered> years, String signature, Instant checkedAt) {

        State checked(Instant at) {
            return new State(calendar, years, signature, at);
        }
    }

    private final SortedMap<Integer, YearDays> bundled;
    private final Store store;
    private final Clock clock;
    private final Duration pollInterval;
    private final ZoneId zone;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile State state;

    CalendarYears(SortedMap<Integer, YearDays> bundled, Store store, Clock clock, Duration pollInterval, ZoneId zone) {
        if (bundled.isEmpty()) {
            throw new IllegalArgumentException("No bundled calendar years");
        }
        this.bundled = Collections.unmodifiableSortedMap(new TreeMap<>(bundled));
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.pollInterval = Objects.requireNonNull(pollInterval, "pollInterval");
        this.zone = Objects.requireNonNull(zone, "zone");
        HolidayCalendar.of(this.bundled, zone); // the bundled data alone must make a calendar
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
        State s = state;
        if (s == null) {
            lock.lock();
            try {
                if (state == null) {
                    Instant now = clock.instant();
                    List<Administered> administered = store.administered();
                    state = build(administered, now);
                }
                return state;
            } finally {
                lock.unlock();
            }
        }
        Instant now = clock.instant();
        if (due(s, now) && lock.tryLock()) {
            try {
                s = state;
                if (due(s, now)) {
                    s = poll(s, now);
                    state = s;
                }
            } finally {
                lock.unlock();
            }
        }
        return s;
    }

    /** Reads the administered years again now, whatever the signature says. */
    State refresh() {
        lock.lock();
        try {
            State s = build(store.administered(), clock.instant());
            state = s;
            return s;
        } finally {
            lock.unlock();
        }
    }

    private boolean due(State s, Instant now) {
        // a clock set back (tests, a corrected host clock) must not postpone the next look for long
        return !now.isBefore(s.checkedAt().plus(pollInterval)) || now.isBefore(s.checkedAt());
    }

    private State poll(State s, Instant now) {
        try {
            if (store.signature().equals(s.signature())) {
                return s.checked(now);
            }
            State fresh = build(store.administered(), now);
            log.info("Holiday calendar changed elsewhere: now {}–{}", fresh.calendar().firstYear(), fresh.calendar().lastYear());
            return fresh;
        } catch (RuntimeException e) {
            log.warn("Cannot read the administered calendar years; keeping {}–{} until the next try",
                    s.calendar().firstYear(), s.calendar().lastYear(), e);
            return s.checked(now);
        }
    }

    private State build(List<Administered> administered, Instant now) {
        SortedMap<Integer, Covered> years = merge(bundled, administered);
        return new State(HolidayCalendar.of(daysOf(years), zone), years, signatureOf(administered), now);
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
