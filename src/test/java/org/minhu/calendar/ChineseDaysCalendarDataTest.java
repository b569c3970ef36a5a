package org.minhu.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Reading the {@code chinese-days} data file. */
class ChineseDaysCalendarDataTest {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Test
    void theShippedDataCovers2004To2026() {
        HolidayCalendar calendar = ChineseDays.bundled(BEIJING);
        assertThat(calendar.firstYear()).isEqualTo(2004);
        assertThat(calendar.lastYear()).isEqualTo(2026);
        assertThat(calendar.zone()).isEqualTo(BEIJING);
    }

    @Test
    void theCoveredYearsAreThoseTheDataLists() {
        HolidayCalendar calendar = read("""
                {"holidays": {"2030-01-01": "New Year's Day,元旦,1", "2031-01-01": "New Year's Day,元旦,1"},
                 "workdays": {"2030-01-05": "New Year's Day,元旦,1"}, "inLieuDays": {}}""");
        assertThat(calendar.firstYear()).isEqualTo(2030);
        assertThat(calendar.lastYear()).isEqualTo(2031);
    }

    @Test
    void aYearMissingInTheMiddleIsRejected() {
        assertThatThrownBy(() -> read("""
                {"holidays": {"2030-01-01": "x", "2032-01-01": "x"}, "workdays": {}}"""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2031");
    }

    @Test
    void dataWithoutHolidaysOrWorkdaysIsRejected() {
        assertThatThrownBy(() -> read("{\"holidays\": {}}")).isInstanceOf(IllegalArgumentException.class);
    }

    private static HolidayCalendar read(String json) {
        return ChineseDays.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), BEIJING);
    }
}
