package org.minhu.calendar;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link CalendarCoverageWarning} every day ({@code minhu.calendar.coverage-check.cron},
 * default 09:00 in {@code minhu.zone}); off with {@code minhu.calendar.coverage-check.enabled=false}.
 */
@Component
@ConditionalOnProperty(name = "minhu.calendar.coverage-check.enabled", havingValue = "true", matchIfMissing = true)
class CalendarCoverageSchedule {

    private final CalendarCoverageWarning warning;

    CalendarCoverageSchedule(CalendarCoverageWarning warning) {
        this.warning = warning;
    }

    // the zone from the city zone bean, so that minhu.zone's default lives in MinhuSettings alone
    @Scheduled(cron = "${minhu.calendar.coverage-check.cron:0 0 9 * * *}", zone = "#{@cityZone.id}")
    void run() {
        warning.check();
    }
}
