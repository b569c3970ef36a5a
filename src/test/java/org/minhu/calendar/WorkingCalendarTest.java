package org.minhu.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.minhu.platform.MinhuException;
import org.springframework.http.HttpStatus;

/** Working days and working time on the shipped State Council calendar, without Spring. */
class WorkingCalendarTest {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final WorkingCalendar CALENDAR = WorkingCalendars.bundled(BEIJING);

    static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant();
    }

    @Nested
    class WorkingDays {

        @ParameterizedTest(name = "{0} is a working day: {1}")
        @CsvSource({
                // 2024 Spring Festival: off 02-10..17, make-up Sundays 02-04 and 02-18
                "2024-02-03, false", "2024-02-04, true", "2024-02-09, true", "2024-02-10, false",
                "2024-02-12, false", "2024-02-16, false", "2024-02-17, false", "2024-02-18, true",
                "2024-02-19, true", "2024-02-24, false", "2024-02-25, false",
                // 2025 Spring Festival: off 01-28..02-04, make-up Sunday 01-26 and Saturday 02-08
                "2025-01-25, false", "2025-01-26, true", "2025-01-27, true", "2025-01-28, false",
                "2025-02-04, false", "2025-02-05, true", "2025-02-08, true", "2025-02-09, false",
                // 2024 National Day: off 10-01..07, make-up Sunday 09-29 and Saturday 10-12
                "2024-09-28, false", "2024-09-29, true", "2024-09-30, true", "2024-10-01, false",
                "2024-10-07, false", "2024-10-08, true", "2024-10-12, true", "2024-10-13, false",
                // 2025 National Day with Mid-Autumn: off 10-01..08, make-up Sunday 09-28 and Saturday 10-11
                "2025-09-27, false", "2025-09-28, true", "2025-10-01, false", "2025-10-06, false",
                "2025-10-08, false", "2025-10-09, true", "2025-10-11, true", "2025-10-12, false",
                // ordinary weeks and the edges of the data
                "2024-03-04, true", "2024-03-09, false", "2024-03-10, false",
                "2004-01-01, false", "2004-01-02, true", "2026-12-31, true"
        })
        void followTheStateCouncilCalendar(LocalDate day, boolean working) {
            assertThat(CALENDAR.isWorkingDay(day)).isEqualTo(working);
        }

        @ParameterizedTest(name = "{0} is not covered")
        @CsvSource({"2003-12-31", "2003-06-02", "2029-01-01", "2029-06-01"})
        void outsideTheCoveredYearsAreAnError(LocalDate day) {
            assertThatThrownBy(() -> CALENDAR.isWorkingDay(day))
                    .isInstanceOfSatisfying(MinhuException.class, e -> {
                        assertThat(e.code()).isEqualTo("CALENDAR_NOT_COVERED");
                        assertThat(e.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
                        assertThat(e.details()).containsEntry("coveredFrom", 2004).containsEntry("coveredTo", 2028);
                    });
        }
    }

    @Nested
    class WorkingTime {

        @ParameterizedTest(name = "{0} + {1} working days = {2}")
        @CsvSource({
                // 7 working days from Thursday before the 2024 Spring Festival: Fri 9, Sun 18 (make-up), 19..23
                "2024-02-08T10:00, 7, 2024-02-23T10:00",
                "2024-02-08T10:00, 2, 2024-02-18T10:00",
                "2024-02-08T10:00, 15, 2024-03-06T10:00",
                // a make-up Sunday counts
                "2024-02-09T10:00, 1, 2024-02-18T10:00",
                "2024-09-27T10:00, 1, 2024-09-29T10:00",
                // a make-up Saturday counts, the Sunday after it does not
                "2025-02-07T10:00, 1, 2025-02-08T10:00",
                "2025-02-07T10:00, 2, 2025-02-10T10:00",
                // across the 2025 Spring Festival
                "2025-01-27T16:30, 1, 2025-02-05T16:30",
                // across the 2025 National Day + Mid-Autumn: 10-09, 10-10, 10-11 (Sat, make-up), then Monday
                "2025-09-30T09:00, 1, 2025-10-09T09:00",
                "2025-09-30T09:00, 3, 2025-10-11T09:00",
                "2025-09-30T09:00, 4, 2025-10-13T09:00",
                // from a non-working day the clock starts with the next working day: done at its end
                "2024-03-02T15:00, 1, 2024-03-05T00:00",
                "2024-10-03T14:00, 1, 2024-10-09T00:00",
                "2024-02-10T00:00, 1, 2024-02-19T00:00",
                "2025-01-01T00:30, 7, 2025-01-11T00:00",
                // from a working day's midnight, one working day is that whole day
                "2024-03-04T00:00, 1, 2024-03-05T00:00",
                // across a year end
                "2024-12-31T23:00, 7, 2025-01-10T23:00"
        })
        void runsOnlyOnWorkingDays(String from, int days, String due) {
            assertThat(CALENDAR.plusWorkingDays(beijing(from), days)).isEqualTo(beijing(due));
        }

        @Test
        void zeroWorkingDaysIsTheStartItself() {
            Instant saturday = beijing("2024-03-02T15:00");
            assertThat(CALENDAR.plusWorkingDays(saturday, 0)).isEqualTo(saturday);
        }

        @Test
        void negativeWorkingDaysAreRejected() {
            assertThatThrownBy(() -> CALENDAR.plusWorkingDays(beijing("2024-03-04T10:00"), -1))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void theLocalDateIsTakenInTheCalendarsZone() {
            Instant fridayUtcSaturdayBeijing = Instant.parse("2024-02-09T16:00:00Z"); // 2024-02-10 00:00 in Beijing
            assertThat(CALENDAR.plusWorkingDays(fridayUtcSaturdayBeijing, 1)).isEqualTo(beijing("2024-02-19T00:00"));
            assertThat(WorkingCalendars.bundled(ZoneOffset.UTC).plusWorkingDays(fridayUtcSaturdayBeijing, 1))
                    .isEqualTo(Instant.parse("2024-02-18T16:00:00Z"));
        }

        @Test
        void aStartOutsideTheCoveredYearsIsAnError() {
            assertThatThrownBy(() -> CALENDAR.plusWorkingDays(beijing("2003-12-30T10:00"), 1))
                    .isInstanceOfSatisfying(MinhuException.class,
                            e -> assertThat(e.code()).isEqualTo("CALENDAR_NOT_COVERED"));
            assertThatThrownBy(() -> CALENDAR.plusWorkingDays(beijing("2029-01-04T10:00"), 1))
                    .isInstanceOfSatisfying(MinhuException.class,
                            e -> assertThat(e.code()).isEqualTo("CALENDAR_NOT_COVERED"));
        }

        @Test
        void aDeadlineRunningPastTheCoveredYearsIsAnError() {
            assertThat(CALENDAR.plusWorkingDays(beijing("2028-12-29T00:00"), 1)).isEqualTo(beijing("2028-12-30T00:00"));
            assertThatThrownBy(() -> CALENDAR.plusWorkingDays(beijing("2028-12-28T10:00"), 5))
                    .isInstanceOfSatisfying(MinhuException.class, e -> {
                        assertThat(e.code()).isEqualTo("CALENDAR_NOT_COVERED");
                        assertThat(e.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
                    });
        }

        @Test
        void agreesWithWalkingTheCalendarDayByDay() {
            Random random = new Random(12345);
            Instant first = beijing("2004-01-01T00:00");
            long span = Duration.between(first, beijing("2026-06-01T00:00")).toMinutes();
            for (int i = 0; i < 20_000; i++) {
                Instant from = first.plus(Duration.ofMinutes(random.nextLong(span)));
                if (i % 5 == 0) {
                    from = LocalDateTime.ofInstant(from, BEIJING).toLocalDate().atStartOfDay(BEIJING).toInstant();
                }
                int days = random.nextInt(40);
                assertThat(CALENDAR.plusWorkingDays(from, days))
                        .as("%s + %d working days", from, days)
                        .isEqualTo(walk(from, days));
            }
        }

        /** The definition, literally: use up each working day's remaining time until N × 24 h have run. */
        private static Instant walk(Instant from, int days) {
            Duration remaining = Duration.ofDays(days);
            Instant t = from;
            while (!remaining.isZero()) {
                LocalDate day = LocalDate.ofInstant(t, BEIJING);
                Instant end = day.plusDays(1).atStartOfDay(BEIJING).toInstant();
                if (CALENDAR.isWorkingDay(day)) {
                    Duration available = Duration.between(t, end);
                    if (remaining.compareTo(available) <= 0) {
                        return t.plus(remaining);
                    }
                    remaining = remaining.minus(available);
                }
                t = end;
            }
            return from;
        }
    }

    @Nested
    class FromExplicitData {

        // 2030 is made up: New Year off on Tuesday, make-up workday on the Sunday before
        final WorkingCalendar calendar = WorkingCalendars.of(
                Set.of(LocalDate.parse("2030-01-01")), Set.of(LocalDate.parse("2029-12-30")), 2029, 2030, BEIJING);

        @Test
        void weekdaysWorkUnlessHolidaysWeekendsRestUnlessMakeUpDays() {
            assertThat(calendar.isWorkingDay(LocalDate.parse("2029-12-29"))).isFalse();
            assertThat(calendar.isWorkingDay(LocalDate.parse("2029-12-30"))).isTrue();
            assertThat(calendar.isWorkingDay(LocalDate.parse("2029-12-31"))).isTrue();
            assertThat(calendar.isWorkingDay(LocalDate.parse("2030-01-01"))).isFalse();
            assertThat(calendar.isWorkingDay(LocalDate.parse("2030-01-02"))).isTrue();
            assertThat(calendar.plusWorkingDays(beijing("2029-12-31T10:00"), 1)).isEqualTo(beijing("2030-01-02T10:00"));
        }

        @Test
        void onlyTheGivenYearsAreCovered() {
            assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.parse("2031-01-01")))
                    .isInstanceOfSatisfying(MinhuException.class,
                            e -> assertThat(e.code()).isEqualTo("CALENDAR_NOT_COVERED"));
        }

        @Test
        void rejectsADayThatIsBothHolidayAndWorkday() {
            LocalDate day = LocalDate.parse("2030-01-01");
            assertThatThrownBy(() -> WorkingCalendars.of(Set.of(day), Set.of(day), 2030, 2030, BEIJING))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void rejectsDataOutsideTheCoveredYears() {
            assertThatThrownBy(() -> WorkingCalendars.of(Set.of(LocalDate.parse("2031-01-01")), Set.of(), 2030, 2030, BEIJING))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
