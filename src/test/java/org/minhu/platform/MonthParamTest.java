package org.minhu.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** A month in a path or a parameter: yyyy-MM from 2000 on, surrounding blanks forgiven, nothing else. */
class MonthParamTest {

    @Test
    void aMonthIsYyyyMmFrom2000On() {
        assertThat(MonthParam.parse("2023-10", "month")).isEqualTo(YearMonth.of(2023, 10));
        assertThat(MonthParam.parse("2000-01", "month")).isEqualTo(YearMonth.of(2000, 1));
        assertThat(MonthParam.parse(" 2026-11 ", "month")).isEqualTo(YearMonth.of(2026, 11));
        for (String bad : new String[] {null, "", "2026-13", "2026-00", "2026-1", "26-11", "1999-12", "0000-01",
                "-0001-01", "+2026-11", "2026-11-01", "12026-01", "２０２６-１１"}) {
            assertThatThrownBy(() -> MonthParam.parse(bad, "month")).as(String.valueOf(bad))
                    .isInstanceOfSatisfying(MinhuException.class, e -> assertThat(e.code()).isEqualTo("INVALID_PARAMETER"));
        }
    }
}
