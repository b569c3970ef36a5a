package org.minhu.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The application's {@link WorkingCalendar}: the State Council holiday calendar read once at
 * start-up from {@code minhu.calendar.holidays} (by default the {@code chinese-days} copy
 * shipped under {@code reference/calendar/}; a deployment may point it at a newer file of the
 * same format), in the zone {@code minhu.zone}. See {@link HolidayCalendar} for the
 * working-time model.
 */
@Component
class StateCouncilCalendar implements WorkingCalendar {

    private static final Logger log = LoggerFactory.getLogger(StateCouncilCalendar.class);

    private final HolidayCalendar calendar;

    StateCouncilCalendar(@Value("${minhu.calendar.holidays:classpath:" + ChineseDays.RESOURCE + "}") Resource holidays,
                         @Value("${minhu.zone:Asia/Shanghai}") ZoneId zone) {
        try (InputStream in = holidays.getInputStream()) {
            this.calendar = ChineseDays.read(in, zone);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the holiday calendar " + holidays, e);
        }
        log.info("Holiday calendar {}–{} in {} from {}", calendar.firstYear(), calendar.lastYear(), zone, holidays);
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        return calendar.isWorkingDay(day);
    }

    @Override
    public Instant plusWorkingDays(Instant from, int days) {
        return calendar.plusWorkingDays(from, days);
    }
}
