package org.minhu.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.minhu.platform.MinhuException;
import org.minhu.support.TestClock;

/** Merging bundled and administered years, and how nodes pick up a change; no Spring, a test clock. */
class CalendarYearsTest {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final Duration POLL = Duration.ofSeconds(30);
    static final LocalDate NEW_YEAR_2027 = LocalDate.parse("2027-01-01");
    /** 除夕 2027, a Friday: a statutory holiday of the provisional year, a working day in {@link #year2027()}. */
    static final LocalDate EVE_2027 = LocalDate.parse("2027-02-05");

    /** The shared database, as far as the calendar sees it. */
    static final class MemoryStore implements CalendarYears.Store {
        final Map<Integer, CalendarYears.Administered> years = new TreeMap<>();
        final AtomicInteger signatureReads = new AtomicInteger();
        final AtomicBoolean down = new AtomicBoolean();

        void enter(YearDays days, String by, Instant at) {
            CalendarYears.Administered before = years.get(days.year());
            years.put(days.year(), new CalendarYears.Administered(days, before == null ? 1 : before.revision() + 1,
                    null, by, at));
        }

        @Override
        public String signature() {
            signatureReads.incrementAndGet();
            failIfDown();
            return CalendarYears.signatureOf(years.values());
        }

        @Override
        public List<CalendarYears.Administered> administered() {
            failIfDown();
            return new ArrayList<>(years.values());
        }

        private void failIfDown() {
            if (down.get()) {
                throw new IllegalStateException("database unreachable");
            }
        }
    }

    final TestClock clock = new TestClock(Instant.parse("2026-11-22T01:00:00Z"));
    final MemoryStore store = new MemoryStore();
    final SortedMap<Integer, YearDays> bundled = ChineseDays.bundledYears();

    CalendarYears node() {
        return new CalendarYears(bundled, StatutoryHolidays.bundled(), store, clock, POLL, BEIJING);
    }

    static YearDays year2027() {
        return YearDays.of(2027, List.of(NEW_YEAR_2027, LocalDate.parse("2027-01-02"), LocalDate.parse("2027-01-03")),
                List.of());
    }

    /** The node still counts 2027 provisionally. */
    static void assertProvisional2027(CalendarYears node) {
        assertThat(node.calendar().isWorkingDay(EVE_2027)).isFalse();
        assertThat(node.current().years().get(2027).source()).isEqualTo(CalendarSource.PROVISIONAL);
        assertThat(node.calendar().officialThrough()).isEqualTo(2026);
    }

    /** The node counts 2027 as the administrator entered it. */
    static void assertEntered2027(CalendarYears node) {
        assertThat(node.calendar().isWorkingDay(EVE_2027)).isTrue();
        assertThat(node.calendar().isWorkingDay(NEW_YEAR_2027)).isFalse();
        assertThat(node.current().years().get(2027).source()).isEqualTo(CalendarSource.ADMINISTERED);
        assertThat(node.calendar().officialThrough()).isEqualTo(2027);
    }

    static void assertNotCovered(CalendarYears node, LocalDate day) {
        assertThatThrownBy(() -> node.calendar().isWorkingDay(day))
                .isInstanceOfSatisfying(MinhuException.class, e -> assertThat(e.code()).isEqualTo("CALENDAR_NOT_COVERED"));
    }

    @Test
    void otherNodesSeeTheNewYearWithinAMinute() {
        CalendarYears here = node();
        CalendarYears elsewhere = node();
        assertProvisional2027(here);
        assertProvisional2027(elsewhere);

        clock.advance(Duration.ofSeconds(5));
        store.enter(year2027(), "adm", clock.instant());
        here.refresh();

        assertEntered2027(here);
        assertThat(here.calendar().lastYear()).isEqualTo(2029); // two provisional years after 2027
        // the other node still has its calendar of a moment ago ...
        assertProvisional2027(elsewhere);
        // ... and has it, at the latest, one poll interval after its last look
        clock.advance(POLL);
        assertEntered2027(elsewhere);
    }

    @Test
    void betweenPollsTheHotPathDoesNotAskTheStore() {
        CalendarYears node = node();
        node.calendar();
        int reads = store.signatureReads.get();
        for (int i = 0; i < 1000; i++) {
            node.calendar().isWorkingDay(LocalDate.parse("2026-10-01"));
        }
        clock.advance(POLL.minusSeconds(1));
        node.calendar();
        assertThat(store.signatureReads.get()).isEqualTo(reads);
        clock.advance(Duration.ofSeconds(1));
        node.calendar();
        node.calendar();
        assertThat(store.signatureReads.get()).isEqualTo(reads + 1);
    }

    @Test
    void aFailingPollKeepsTheCalendarInUseAndTriesAgainLater() {
        CalendarYears node = node();
        node.calendar();
        store.enter(year2027(), "adm", clock.instant());
        store.down.set(true);
        clock.advance(POLL);
        assertProvisional2027(node);
        assertThat(node.calendar().isWorkingDay(LocalDate.parse("2026-12-31"))).isTrue();

        store.down.set(false);
        clock.advance(POLL);
        assertEntered2027(node);
    }

    @Test
    void aClockSetBackDoesNotStopThePolling() {
        CalendarYears node = node();
        node.calendar();
        clock.set(Instant.parse("2025-03-03T02:00:00Z"));
        store.enter(year2027(), "adm", clock.instant());
        assertEntered2027(node);
    }

    @Test
    void anAdministeredYearOverridesTheBundledOne() {
        YearDays bundled2026 = bundled.get(2026);
        List<LocalDate> holidays = new ArrayList<>(bundled2026.holidays());
        holidays.add(LocalDate.parse("2026-06-01")); // a Monday, made a holiday
        store.enter(YearDays.of(2026, holidays, bundled2026.workdays()), "adm", clock.instant());

        CalendarYears node = node();

        assertThat(node.calendar().isWorkingDay(LocalDate.parse("2026-06-01"))).isFalse();
        assertThat(node.calendar().isWorkingDay(LocalDate.parse("2026-06-02"))).isTrue();
        CalendarYears.Covered covered = node.current().years().get(2026);
        assertThat(covered.source()).isEqualTo(CalendarSource.ADMINISTERED);
        assertThat(covered.overridesBundled()).isTrue();
        assertThat(node.current().years().get(2025).source()).isEqualTo(CalendarSource.BUNDLED);
    }

    @Test
    void anAdministeredYearBeyondAGapIsNotUsed() {
        store.enter(YearDays.of(2028, List.of(LocalDate.parse("2028-01-01")), List.of()), "adm", clock.instant());

        CalendarYears node = node();

        // 2028 as entered is left out: 2027 and 2028 are provisional, 2029 is not covered
        assertThat(node.calendar().officialThrough()).isEqualTo(2026);
        assertThat(node.current().years().get(2028).source()).isEqualTo(CalendarSource.PROVISIONAL);
        assertThat(node.calendar().isWorkingDay(LocalDate.parse("2028-01-25"))).isFalse(); // 除夕 by law
        assertNotCovered(node, LocalDate.parse("2029-06-01"));

        store.enter(year2027(), "adm", clock.instant());
        node.refresh();
        assertThat(node.calendar().officialThrough()).isEqualTo(2028);
        assertThat(node.current().years().get(2028).source()).isEqualTo(CalendarSource.ADMINISTERED);
        assertThat(node.calendar().isWorkingDay(LocalDate.parse("2028-01-25"))).isTrue(); // as entered
        assertThat(node.current().years().lastKey()).isEqualTo(2030);
    }

    @Test
    void aMakeUpWorkdayMustFallOnAWeekend() {
        assertThatThrownBy(() -> CalendarAdministration.validated(2027, new CalendarViews.Entry(
                List.of("2027-01-01"), List.of("2027-02-08"), null))) // a Monday
                .isInstanceOfSatisfying(MinhuException.class, e -> assertThat(e.code()).isEqualTo("INVALID_CALENDAR"));
        assertThat(CalendarAdministration.validated(2027, new CalendarViews.Entry(
                List.of("2027-01-01"), List.of("2027-02-07"), null)).workdays()) // a Sunday
                .containsExactly(LocalDate.parse("2027-02-07"));
    }

    @Test
    void aHolidayMayFallOnAWeekendButNotAlsoBeAWorkday() {
        assertThat(CalendarAdministration.validated(2027, new CalendarViews.Entry(
                List.of("2027-01-02", "2027-01-03"), List.of(), null)).holidays()).hasSize(2);
        assertThatThrownBy(() -> CalendarAdministration.validated(2027, new CalendarViews.Entry(
                List.of("2027-01-02"), List.of("2027-01-02"), null)))
                .isInstanceOfSatisfying(MinhuException.class, e -> assertThat(e.code()).isEqualTo("INVALID_CALENDAR"));
    }

    @Test
    void aGapYearIsRefused() {
        CalendarAdministration.checkNoGap(2027, 2004, 2026);
        CalendarAdministration.checkNoGap(2004, 2004, 2026);
        for (int year : new int[] {2003, 2028}) {
            assertThatThrownBy(() -> CalendarAdministration.checkNoGap(year, 2004, 2026))
                    .isInstanceOfSatisfying(MinhuException.class, e -> assertThat(e.code()).isEqualTo("INVALID_CALENDAR"));
        }
    }
}
