package org.minhu.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minhu.calendar.DeadlineClass.COMPLEX;
import static org.minhu.calendar.DeadlineClass.NORMAL;
import static org.minhu.calendar.DeadlineClass.URGENT;
import static org.minhu.calendar.DeadlineClass.UTILITY;
import static org.minhu.calendar.DeadlineStep.ACCEPT;
import static org.minhu.calendar.DeadlineStep.CALLBACK;
import static org.minhu.calendar.DeadlineStep.COMPLETE;
import static org.minhu.calendar.DeadlineStep.RESPOND;
import static org.minhu.calendar.DeadlineStep.RETURN;
import static org.minhu.calendar.DeadlineStep.WHISTLE_REPORT;
import static org.minhu.calendar.DeadlineUnit.HOURS;
import static org.minhu.calendar.DeadlineUnit.MINUTES;
import static org.minhu.calendar.DeadlineUnit.WORKING_DAYS;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minhu.platform.MinhuException;
import org.springframework.http.HttpStatus;

/** Choosing and applying deadline rules, without Spring or a database. */
class DeadlinePolicyTest {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final WorkingCalendar CALENDAR = WorkingCalendars.bundled(BEIJING);
    static final LocalDate SINCE_2019 = LocalDate.parse("2019-01-01");

    /** The defaults V3__deadline_rules.sql seeds. */
    static List<DeadlineRule> defaults() {
        return List.of(
                new DeadlineRule(ACCEPT, null, 2, HOURS, SINCE_2019),
                new DeadlineRule(RETURN, null, 24, HOURS, SINCE_2019),
                new DeadlineRule(RESPOND, URGENT, 2, HOURS, SINCE_2019),
                new DeadlineRule(RESPOND, UTILITY, 24, HOURS, SINCE_2019),
                new DeadlineRule(RESPOND, NORMAL, 24, HOURS, SINCE_2019),
                new DeadlineRule(RESPOND, COMPLEX, 24, HOURS, SINCE_2019),
                new DeadlineRule(COMPLETE, URGENT, 24, HOURS, SINCE_2019),
                new DeadlineRule(COMPLETE, UTILITY, 24, HOURS, SINCE_2019),
                new DeadlineRule(COMPLETE, NORMAL, 7, WORKING_DAYS, SINCE_2019),
                new DeadlineRule(COMPLETE, COMPLEX, 15, WORKING_DAYS, SINCE_2019),
                new DeadlineRule(CALLBACK, null, 2, WORKING_DAYS, SINCE_2019),
                new DeadlineRule(WHISTLE_REPORT, null, 30, MINUTES, SINCE_2019));
    }

    static DeadlinePolicy policy(List<DeadlineRule> rules) {
        return new DeadlinePolicy(rules, CALENDAR, BEIJING);
    }

    static List<DeadlineRule> defaultsAnd(DeadlineRule... more) {
        List<DeadlineRule> rules = new ArrayList<>(defaults());
        rules.addAll(List.of(more));
        return rules;
    }

    static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant();
    }

    @Test
    void hoursAndMinutesArePlainElapsedTimeEvenOverAHoliday() {
        DeadlinePolicy policy = policy(defaults());
        Instant fridayNightBeforeSpringFestival = beijing("2024-02-09T23:00");
        assertThat(policy.due(ACCEPT, NORMAL, fridayNightBeforeSpringFestival).at()).isEqualTo(beijing("2024-02-10T01:00"));
        assertThat(policy.due(RETURN, COMPLEX, fridayNightBeforeSpringFestival).at()).isEqualTo(beijing("2024-02-10T23:00"));
        assertThat(policy.due(RESPOND, URGENT, fridayNightBeforeSpringFestival).at()).isEqualTo(beijing("2024-02-10T01:00"));
        assertThat(policy.due(RESPOND, UTILITY, fridayNightBeforeSpringFestival).at()).isEqualTo(beijing("2024-02-10T23:00"));
        assertThat(policy.due(COMPLETE, URGENT, fridayNightBeforeSpringFestival).at()).isEqualTo(beijing("2024-02-10T23:00"));
        assertThat(policy.due(WHISTLE_REPORT, NORMAL, fridayNightBeforeSpringFestival).at()).isEqualTo(beijing("2024-02-09T23:30"));
    }

    @Test
    void workingDaysGoThroughTheCalendar() {
        DeadlinePolicy policy = policy(defaults());
        Instant thursdayBeforeSpringFestival = beijing("2024-02-08T10:00");
        assertThat(policy.due(COMPLETE, NORMAL, thursdayBeforeSpringFestival).at()).isEqualTo(beijing("2024-02-23T10:00"));
        assertThat(policy.due(COMPLETE, COMPLEX, thursdayBeforeSpringFestival).at()).isEqualTo(beijing("2024-03-06T10:00"));
        // completed on the Friday before the holiday: callback due after Sunday 18 (make-up) and Monday 19
        assertThat(policy.due(CALLBACK, NORMAL, beijing("2024-02-09T17:00")).at()).isEqualTo(beijing("2024-02-19T17:00"));
    }

    @Test
    void aNewerRuleAppliesFromItsEffectiveDateAndTheOlderOneBefore() {
        DeadlinePolicy policy = policy(defaultsAnd(
                new DeadlineRule(COMPLETE, NORMAL, 5, WORKING_DAYS, LocalDate.parse("2025-01-01"))));
        // the last evening under the old rule: 7 working days
        assertThat(policy.due(COMPLETE, NORMAL, beijing("2024-12-31T23:00")).at()).isEqualTo(beijing("2025-01-10T23:00"));
        // half past midnight on New Year's Day (still 2024 in UTC) is under the new rule: 5 working days
        assertThat(policy.due(COMPLETE, NORMAL, beijing("2025-01-01T00:30")).at()).isEqualTo(beijing("2025-01-09T00:00"));
        // other classes are untouched
        assertThat(policy.ruleFor(COMPLETE, COMPLEX, LocalDate.parse("2025-06-01")).amount()).isEqualTo(15);
    }

    @Test
    void aClassRuleBeatsAnAnyClassRuleOfTheSameDate() {
        DeadlinePolicy policy = policy(List.of(
                new DeadlineRule(ACCEPT, null, 2, HOURS, SINCE_2019),
                new DeadlineRule(ACCEPT, URGENT, 30, MINUTES, SINCE_2019)));
        assertThat(policy.ruleFor(ACCEPT, URGENT, LocalDate.parse("2024-05-01")).amount()).isEqualTo(30);
        assertThat(policy.ruleFor(ACCEPT, NORMAL, LocalDate.parse("2024-05-01")).amount()).isEqualTo(2);
    }

    @Test
    void aNewerAnyClassRuleOverridesOlderClassRulesUntilANewerClassRule() {
        DeadlinePolicy policy = policy(defaultsAnd(
                new DeadlineRule(RESPOND, null, 12, HOURS, LocalDate.parse("2024-01-01")),
                new DeadlineRule(RESPOND, URGENT, 1, HOURS, LocalDate.parse("2025-01-01"))));
        assertThat(policy.ruleFor(RESPOND, URGENT, LocalDate.parse("2023-12-31")).amount()).isEqualTo(2);
        assertThat(policy.ruleFor(RESPOND, NORMAL, LocalDate.parse("2023-12-31")).amount()).isEqualTo(24);
        assertThat(policy.ruleFor(RESPOND, URGENT, LocalDate.parse("2024-06-01")).amount()).isEqualTo(12);
        assertThat(policy.ruleFor(RESPOND, NORMAL, LocalDate.parse("2024-06-01")).amount()).isEqualTo(12);
        assertThat(policy.ruleFor(RESPOND, URGENT, LocalDate.parse("2025-06-01")).amount()).isEqualTo(1);
        assertThat(policy.ruleFor(RESPOND, NORMAL, LocalDate.parse("2025-06-01")).amount()).isEqualTo(12);
    }

    @Test
    void noRuleInForceIsAnExplicitError() {
        DeadlinePolicy policy = policy(defaults());
        assertThatThrownBy(() -> policy.due(COMPLETE, NORMAL, beijing("2018-12-31T10:00")))
                .isInstanceOfSatisfying(MinhuException.class, e -> {
                    assertThat(e.code()).isEqualTo("DEADLINE_RULE_MISSING");
                    assertThat(e.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
                    assertThat(e.details()).containsEntry("step", "COMPLETE").containsEntry("deadlineClass", "NORMAL");
                });
        DeadlinePolicy onlyAccept = policy(List.of(new DeadlineRule(ACCEPT, null, 2, HOURS, SINCE_2019)));
        assertThatThrownBy(() -> onlyAccept.due(WHISTLE_REPORT, URGENT, beijing("2024-05-06T10:00")))
                .isInstanceOfSatisfying(MinhuException.class,
                        e -> assertThat(e.code()).isEqualTo("DEADLINE_RULE_MISSING"));
    }

    @Test
    void aWorkingDayRuleOutsideTheCalendarIsNotCovered() {
        assertThatThrownBy(() -> policy(defaults()).due(COMPLETE, NORMAL, beijing("2029-03-01T10:00")))
                .isInstanceOfSatisfying(MinhuException.class,
                        e -> assertThat(e.code()).isEqualTo("CALENDAR_NOT_COVERED"));
    }

    @Test
    void twoRulesForTheSameStepClassAndDateAreRejected() {
        assertThatThrownBy(() -> policy(defaultsAnd(new DeadlineRule(ACCEPT, null, 3, HOURS, SINCE_2019))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRuleNeedsAPositiveAmount() {
        assertThatThrownBy(() -> new DeadlineRule(ACCEPT, null, 0, HOURS, SINCE_2019))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
