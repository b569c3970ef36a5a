package org.minhu.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The provisional year: 《全国年节及纪念日放假办法》's days off, with lunar dates from ICU4J and
 * 清明 from the sun's longitude, checked against hand-listed dates and the shipped State Council
 * years 2004–2026.
 */
class StatutoryHolidaysTest {

    private static final StatutoryHolidays LAW = StatutoryHolidays.bundled();
    private static final SortedMap<Integer, YearDays> SHIPPED = ChineseDays.bundledYears();

    /**
     * 清明 by year, from the Hong Kong Observatory's 公历与农历日期对照表 (the 節氣 column) for
     * 2004–2028: 4 April in leap years and the years after them from 2008 on, else 5 April.
     */
    private static final int[] QINGMING_APRIL_DAY = {
            4, 5, 5, 5, 4, 4, 5, 5, 4, 4, 5, 5, 4, 4, 5, 5, 4, 4, 5, 5, 4, 4, 5, 5, 4};

    @Test
    void qingmingByTheSunMatchesTheAlmanacFor2004To2028() {
        for (int year = 2004; year <= 2028; year++) {
            assertThat(Qingming.day(year)).as("清明 %d", year)
                    .isEqualTo(LocalDate.of(year, 4, QINGMING_APRIL_DAY[year - 2004]));
        }
    }

    @Test
    void qingmingByTheSunMatchesLunarJavasSolarTermsFor1950To2149() {
        for (int year = 1950; year <= 2149; year++) {
            com.nlf.calendar.Solar term = com.nlf.calendar.Lunar.fromYmd(year, 3, 1).getJieQiTable().get("清明");
            assertThat(Qingming.day(year)).as("清明 %d", year)
                    .isEqualTo(LocalDate.of(term.getYear(), term.getMonth(), term.getDay()));
        }
    }

    @Test
    void qingmingIsAHolidayInEveryShippedYearSinceItBecameOne() {
        for (int year = 2008; year <= SHIPPED.lastKey(); year++) {
            assertThat(SHIPPED.get(year).holidays()).as("清明 %d", year).contains(Qingming.day(year));
        }
    }

    @Test
    void qingmingIsNotNearMidnightInBeijingSoAQuarterHourErrorCannotMoveTheDay() {
        for (int year = 2004; year <= 2030; year++) {
            int minute = Qingming.instant(year).atOffset(java.time.ZoneOffset.ofHours(8)).toLocalTime().toSecondOfDay() / 60;
            assertThat(Math.min(minute, 24 * 60 - minute)).as("清明 %d at minute %d", year, minute).isGreaterThan(20);
        }
    }

    @Test
    void theProvisional2027IsTheLawOf2024() {
        // 2027 (Hong Kong Observatory 2027 table): 正月初一 Sat 6 Feb, so 除夕 Fri 5 Feb; 清明 Mon 5 Apr;
        // 五月初五 Wed 9 Jun; 八月十五 Wed 15 Sep
        assertThat(LAW.provisional(2027).holidays()).containsExactlyElementsOf(dates(
                "2027-01-01", "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-04-05",
                "2027-05-01", "2027-05-02", "2027-06-09", "2027-09-15", "2027-10-01", "2027-10-02", "2027-10-03"));
        assertThat(LAW.provisional(2027).workdays()).isEmpty();
    }

    @Test
    void theProvisional2028HasMidAutumnOnNationalDay() {
        // 2028 (Hong Kong Observatory 2028 table): 正月初一 Wed 26 Jan, 除夕 Tue 25 Jan; 清明 Tue 4 Apr;
        // 五月初五 Sun 28 May (a leap fifth month follows); 八月十五 Tue 3 Oct, one of the 国庆 days
        assertThat(LAW.provisional(2028).holidays()).containsExactlyElementsOf(dates(
                "2028-01-01", "2028-01-25", "2028-01-26", "2028-01-27", "2028-01-28", "2028-04-04",
                "2028-05-01", "2028-05-02", "2028-05-28", "2028-10-01", "2028-10-02", "2028-10-03"));
    }

    @Test
    void eachRevisionAppliesFromItsYear() {
        assertThat(LAW.revisionFor(2007)).extracting(StatutoryHolidays.Holiday::festival)
                .containsExactly("元旦", "春节", "劳动节", "国庆节");
        assertThat(LAW.daysOff(2013)).contains(LocalDate.parse("2013-02-09")); // 除夕 under the 2007 revision
        assertThat(LAW.daysOff(2014)).doesNotContain(LocalDate.parse("2014-01-30")); // 除夕 was a workday in 2014
        assertThat(LAW.daysOff(2025)).contains(LocalDate.parse("2025-01-28"), LocalDate.parse("2025-05-02"));
    }

    @Test
    void theFileGivesFourRevisionsOfTwentyFiveHolidays() {
        assertThat(Stream.of(1999, 2008, 2014, 2025).mapToInt(year -> LAW.revisionFor(year).size()).sum()).isEqualTo(25);
        assertThat(LAW.revisionFor(2025)).contains(
                new StatutoryHolidays.Holiday(2025, "春节", StatutoryHolidays.Anchor.LUNAR, 1, 1, -1, 4),
                new StatutoryHolidays.Holiday(2025, "清明节", StatutoryHolidays.Anchor.QINGMING, 0, 0, 0, 1));
    }

    @Test
    void everyDayTheLawGivesIsADayOffInTheShippedYear() {
        HolidayCalendar shippedCalendar = ChineseDays.bundled(ChineseDaysCalendarDataTest.BEIJING);
        List<String> worked = new ArrayList<>();
        List<String> unlisted = new ArrayList<>();
        int bridgeDays = 0;
        int shippedWeekdayHolidays = 0;
        int shippedHolidays = 0;
        int missedHolidays = 0;
        for (int year = SHIPPED.firstKey(); year <= SHIPPED.lastKey(); year++) {
            SortedSet<LocalDate> shipped = SHIPPED.get(year).holidays();
            SortedSet<LocalDate> law = LAW.daysOff(year);
            for (LocalDate day : law) {
                if (shippedCalendar.isWorkingDay(day)) {
                    worked.add(day.toString());
                } else if (!shipped.contains(day)) {
                    unlisted.add(day + " " + day.getDayOfWeek());
                }
            }
            for (LocalDate day : shipped) {
                shippedHolidays++;
                if (!law.contains(day)) {
                    missedHolidays++;
                }
                if (!weekend(day)) {
                    shippedWeekdayHolidays++;
                    if (!law.contains(day)) {
                        bridgeDays++;
                    }
                }
            }
        }
        assertThat(worked).as("statutory days off that the State Council's notice made working days").isEmpty();
        // chinese-days leaves out the Saturday in the middle of 端午 2012 (22–24 June); a weekend rests anyway
        assertThat(unlisted).containsExactly("2012-06-23 SATURDAY");
        System.out.printf("Statutory rule vs shipped 2004–2026: the rule misses %d of %d shipped holidays (weekend days "
                + "among them); %d of %d weekday holidays are bridge days (调休) the rule does not give%n",
                missedHolidays, shippedHolidays, bridgeDays, shippedWeekdayHolidays);
        assertThat(bridgeDays).isPositive();
    }

    private static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static List<LocalDate> dates(String... days) {
        return new ArrayList<>(new TreeSet<>(Stream.of(days).map(LocalDate::parse).toList()));
    }
}
