package org.minhu.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.minhu.platform.MinhuException;

/**
 * The shipped calendar as it stands with no year entered: official to 2026, provisional for 2027
 * and 2028 from the statutory holidays, nothing further. Dates counted by hand.
 */
class ProvisionalCalendarTest {

    static final WorkingCalendar CALENDAR = WorkingCalendarTest.CALENDAR;

    static Instant beijing(String localDateTime) {
        return WorkingCalendarTest.beijing(localDateTime);
    }

    @Test
    void theOfficialCalendarEndsIn2026() {
        assertThat(CALENDAR.officialThrough()).isEqualTo(2026);
    }

    @Test
    void aComplexDeadlineFromMidDecemberReachesIntoJanuaryProvisionally() {
        // Fri 2026-12-11 10:00 + 15: 12-14..18, 12-21..25, 12-28..31 are 14; 01-01 元旦; Mon 01-04 the 15th
        assertThat(CALENDAR.afterWorkingDays(beijing("2026-12-11T10:00"), 15))
                .isEqualTo(new Due(beijing("2027-01-04T10:00"), 2026));
    }

    @Test
    void aDeadlineEndingWithTheLastOfficialDayIsOfficial() {
        // from Thu 2026-12-31 00:00, one working day ends at midnight: 2027 is never looked at
        assertThat(CALENDAR.afterWorkingDays(beijing("2026-12-31T00:00"), 1))
                .isEqualTo(Due.official(beijing("2027-01-01T00:00")));
        assertThat(CALENDAR.afterWorkingDays(beijing("2026-12-30T10:00"), 1))
                .isEqualTo(Due.official(beijing("2026-12-31T10:00")));
        // a minute later the day after is needed: Fri 2027-01-01 is 元旦, so Mon 01-04
        assertThat(CALENDAR.afterWorkingDays(beijing("2026-12-31T10:00"), 1))
                .isEqualTo(new Due(beijing("2027-01-04T10:00"), 2026));
    }

    @Test
    void aNormalDeadlineAcrossSpringFestival2027() {
        // Mon 02-01 10:00 + 7: 02-02, 02-03, 02-04, (除夕 Fri 02-05, 初一 Sat, 初二 Sun, 初三 Mon 02-08 off),
        // 02-09, 02-10, 02-11, 02-12: no make-up Sunday, no bridge days, as only the notice can say
        assertThat(CALENDAR.afterWorkingDays(beijing("2027-02-01T10:00"), 7))
                .isEqualTo(new Due(beijing("2027-02-12T10:00"), 2026));
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2027-02-05"))).isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2027-02-09"))).isTrue();
    }

    @Test
    void aDeadlineAcrossSpringFestival2028() {
        // Fri 2028-01-21 10:00 + 3: 01-24, (除夕 Tue 01-25 .. 初三 Fri 01-28 off), 01-31, 02-01
        assertThat(CALENDAR.afterWorkingDays(beijing("2028-01-21T10:00"), 3))
                .isEqualTo(new Due(beijing("2028-02-01T10:00"), 2026));
    }

    @Test
    void minutesAndHoursNeverAskTheCalendar() {
        assertThat(DeadlineUnit.HOURS.addTo(beijing("2027-02-04T10:00"), 24, CALENDAR))
                .isEqualTo(Due.official(beijing("2027-02-05T10:00")));
    }

    @Test
    void beyondTwoProvisionalYearsIsNotCovered() {
        assertThat(CALENDAR.afterWorkingDays(beijing("2028-12-28T10:00"), 1).provisional()).isTrue();
        assertThatThrownBy(() -> CALENDAR.afterWorkingDays(beijing("2028-12-28T10:00"), 3))
                .isInstanceOfSatisfying(MinhuException.class, e -> {
                    assertThat(e.code()).isEqualTo("CALENDAR_NOT_COVERED");
                    assertThat(e.getMessage()).contains("2027–2028 provisionally");
                });
        assertThatThrownBy(() -> CALENDAR.isWorkingDay(LocalDate.parse("2029-01-02")))
                .isInstanceOfSatisfying(MinhuException.class, e -> assertThat(e.code()).isEqualTo("CALENDAR_NOT_COVERED"));
    }
}
