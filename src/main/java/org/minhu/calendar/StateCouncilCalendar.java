package org.minhu.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.minhu.platform.MinhuSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The application's {@link WorkingCalendar}: the State Council holiday calendar read at start-up
 * from {@code minhu.calendar.holidays} (by default the {@code chinese-days} copy shipped under
 * {@code reference/calendar/}; a deployment may point it at a newer file of the same format),
 * plus the years administrators enter through {@code PUT /api/v1/calendar/years/{year}}, in the
 * zone {@code minhu.zone}, then two provisional years from the statutory holidays
 * ({@link StatutoryHolidays}). An administered year overrides a bundled one; other nodes see a change
 * within {@code minhu.calendar.refresh-interval} (default 30 s). See {@link HolidayCalendar} for
 * the working-time model and {@link CalendarYears} for how the years are merged and refreshed.
 */
@Component
class StateCouncilCalendar implements WorkingCalendar {

    private static final Logger log = LoggerFactory.getLogger(StateCouncilCalendar.class);

    /**
     * How far the calendar reaches from today: official data up to {@code lastOfficialDay}
     * ({@code daysLeft} from today, negative once past), provisional years up to
     * {@code lastCoveredDay}.
     */
    record Coverage(LocalDate today, LocalDate lastOfficialDay, long daysLeft, LocalDate lastCoveredDay,
                    java.util.List<Integer> provisionalYears) {

        /** The year an administrator should enter next. */
        int nextYear() {
            return lastOfficialDay.getYear() + 1;
        }
    }

    private final CalendarYears years;
    private final Clock clock;

    StateCouncilCalendar(MinhuSettings settings, JdbcCalendarYears store, Clock clock) {
        Resource holidays = settings.calendar().holidays() != null ? settings.calendar().holidays()
                : new ClassPathResource(ChineseDays.RESOURCE);
        ZoneId zone = settings.zone();
        try (InputStream in = holidays.getInputStream()) {
            this.years = new CalendarYears(ChineseDays.years(in), StatutoryHolidays.bundled(), store, clock,
                    settings.calendar().refreshInterval(), zone);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the holiday calendar " + holidays, e);
        }
        this.clock = clock;
        log.info("Bundled holiday calendar {}–{} in {} from {}", years.bundled().firstKey(), years.bundled().lastKey(),
                zone, holidays);
    }

    CalendarYears years() {
        return years;
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        return years.calendar().isWorkingDay(day);
    }

    @Override
    public Due afterWorkingDays(Instant from, int days) {
        return years.calendar().afterWorkingDays(from, days);
    }

    @Override
    public int officialThrough() {
        return years.calendar().officialThrough();
    }

    Coverage coverage() {
        CalendarYears.State state = years.current();
        LocalDate today = LocalDate.ofInstant(clock.instant(), years.zone());
        LocalDate lastOfficial = LocalDate.of(state.coverage().officialThrough(), 12, 31);
        return new Coverage(today, lastOfficial, ChronoUnit.DAYS.between(today, lastOfficial),
                state.calendar().lastCoveredDay(), state.coverage().provisionalYears());
    }
}
