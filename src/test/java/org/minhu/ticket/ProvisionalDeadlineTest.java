package org.minhu.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.minhu.calendar.DeadlineClass;
import org.minhu.calendar.Deadlines;
import org.minhu.calendar.Due;
import org.minhu.calendar.WorkingCalendar;
import org.minhu.calendar.WorkingCalendars;

/** An assignment's provisional deadlines counted again, in the domain's words, without Spring. */
class ProvisionalDeadlineTest {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** Official to 2026, 2027 and 2028 provisional: the shipped calendar. */
    static final WorkingCalendar PROVISIONAL = WorkingCalendars.bundled(BEIJING);
    /** 2026 and an official 2027 (元旦 01-01..03, 春节 02-06..13, make-up Sundays 01-31, 02-14). */
    static final WorkingCalendar ENTERED = WorkingCalendars.of(
            Stream.of("2027-01-01", "2027-01-02", "2027-01-03", "2027-02-06", "2027-02-07", "2027-02-08", "2027-02-09",
                    "2027-02-10", "2027-02-11", "2027-02-12", "2027-02-13").map(LocalDate::parse).collect(Collectors.toSet()),
            Set.of(LocalDate.parse("2027-01-31"), LocalDate.parse("2027-02-14")), 2026, 2027, BEIJING);

    static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant();
    }

    /** Rules where responding too is counted in working days: 1 to respond, 7 to complete. */
    static Deadlines rules(WorkingCalendar calendar) {
        return (step, deadlineClass, start) -> switch (step) {
            case RESPOND -> calendar.afterWorkingDays(start, 1);
            case COMPLETE -> calendar.afterWorkingDays(start, 7);
            default -> Due.official(start.plus(Duration.ofHours(2)));
        };
    }

    static Assignment dispatchedOn(Instant at) {
        return Assignment.dispatched("110105001000", AssignmentRole.LEAD, Route.DIRECT, DeadlineClass.NORMAL, at, "op",
                AssignmentDeadlines.from(rules(PROVISIONAL), DeadlineClass.NORMAL, at));
    }

    @Test
    void aDeadlineAlreadyMetIsLeftButNotTakenUpAgain() {
        Assignment a = dispatchedOn(beijing("2026-12-31T10:00"));
        // 元旦 and a weekend: respond by Mon 01-04, complete by Tue 01-12, both counted on the provisional 2027
        assertThat(a.provisional()).containsExactlyInAnyOrder(ProvisionalDeadline.RESPOND, ProvisionalDeadline.COMPLETE);
        a.accept(beijing("2027-01-02T09:00"));
        a.respond(beijing("2027-01-02T09:30"));

        var moved = a.recompute(rules(ENTERED), ENTERED, beijing("2027-01-05T10:00"));

        assertThat(moved).isEmpty(); // January is the same by law and as entered
        assertThat(a.deadlines.respond()).isEqualTo(new Due(beijing("2027-01-04T10:00"), 2027)); // met: as it was
        assertThat(a.completeDue).isEqualTo(Due.official(beijing("2027-01-12T10:00")));
        assertThat(ProvisionalColumns.beyond(a)).isEqualTo(2027); // looked at: not taken up until 2028 is entered
    }

    @Test
    void anOpenDeadlineAcrossSpringFestivalMovesToTheEnteredYear() {
        Assignment a = dispatchedOn(beijing("2027-02-01T10:00"));
        assertThat(a.completeDue).isEqualTo(new Due(beijing("2027-02-12T10:00"), 2026));

        var moved = a.recompute(rules(ENTERED), ENTERED, beijing("2027-02-05T10:00"));

        assertThat(moved).containsExactly(new Assignment.Moved(ProvisionalDeadline.COMPLETE,
                new Due(beijing("2027-02-12T10:00"), 2026), Due.official(beijing("2027-02-16T10:00"))));
        // responding was due 02-02 and has passed: it stays as counted, looked at against 2027
        assertThat(a.provisional()).containsExactly(ProvisionalDeadline.RESPOND);
        assertThat(a.deadlines.respond()).isEqualTo(new Due(beijing("2027-02-02T10:00"), 2027));
        assertThat(ProvisionalColumns.beyond(a)).isEqualTo(2027);
    }

    @Test
    void anApprovedExtensionIsCountedAgainOnTopOfDispatchsDeadline() {
        Assignment a = dispatchedOn(beijing("2027-01-25T10:00")); // complete by Wed 02-03 10:00
        a.accept(beijing("2027-01-25T11:00"));
        a.requestExtension(null, 5, "需协调", PROVISIONAL); // 02-04, (02-05, 02-08 off), 02-09 .. 02-12
        assertThat(a.extensionUntil).isEqualTo(new Due(beijing("2027-02-12T10:00"), 2026));
        a.approveExtension();

        var moved = a.recompute(rules(ENTERED), ENTERED, beijing("2027-02-01T10:00"));

        // as entered, dispatch's 7 days end Tue 02-02 (Sunday 01-31 is a make-up workday), then 5 more:
        // 02-03, 02-04, 02-05, (02-06 .. 02-13 off), make-up Sunday 02-14, 02-15
        assertThat(a.completeDue).isEqualTo(Due.official(beijing("2027-02-15T10:00")));
        assertThat(a.extensionUntil).isEqualTo(a.completeDue);
        assertThat(moved).extracting(Assignment.Moved::deadline).containsExactly(ProvisionalDeadline.COMPLETE);
    }

    @Test
    void aFinishedAssignmentStaysAsItWas() {
        Assignment a = dispatchedOn(beijing("2027-02-01T10:00"));
        a.accept(beijing("2027-02-01T11:00"));
        a.respond(beijing("2027-02-01T12:00"));
        a.complete("已处理", beijing("2027-02-02T12:00"));

        assertThat(a.recompute(rules(ENTERED), ENTERED, beijing("2027-02-05T10:00"))).isEmpty();
        assertThat(a.completeDue).isEqualTo(new Due(beijing("2027-02-12T10:00"), 2026));
    }
}
