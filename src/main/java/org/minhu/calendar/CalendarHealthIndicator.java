package org.minhu.calendar;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code calendar} health contributor: always UP (a calendar running out soon must not take
 * the node out of a load balancer), with {@code lastOfficialDay}, {@code daysLeft},
 * {@code provisionalYears} and {@code lastCoveredDay} in its details; its {@code state} is
 * {@code OK}, or {@code WARNING} with a {@code warning} naming the year to enter when fewer than
 * {@code minhu.calendar.warn-days} days of official calendar are left.
 */
@Component
class CalendarHealthIndicator implements HealthIndicator {

    private final StateCouncilCalendar calendar;
    private final CalendarCoverageWarning warning;

    CalendarHealthIndicator(StateCouncilCalendar calendar, CalendarCoverageWarning warning) {
        this.calendar = calendar;
        this.warning = warning;
    }

    @Override
    public Health health() {
        StateCouncilCalendar.Coverage coverage;
        try {
            coverage = calendar.coverage();
        } catch (RuntimeException e) {
            return Health.up().withDetail("error", "cannot read the calendar years: " + e.getClass().getSimpleName()).build();
        }
        String text = CalendarCoverageWarning.warning(coverage, warning.warnDays());
        Health.Builder health = Health.up()
                .withDetail("state", text == null ? "OK" : "WARNING")
                .withDetail("lastOfficialDay", coverage.lastOfficialDay().toString())
                .withDetail("daysLeft", coverage.daysLeft())
                .withDetail("provisionalYears", coverage.provisionalYears())
                .withDetail("lastCoveredDay", coverage.lastCoveredDay().toString());
        if (text != null) {
            health.withDetail("warning", text);
        }
        return health.build();
    }
}
