package org.minhu.calendar;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import org.minhu.platform.CleanText;

/** The JSON of the calendar years API. */
public final class CalendarViews {

    private CalendarViews() {
    }

    /**
     * {@code GET /api/v1/calendar/years}: the covered years, first to last, without gaps; official
     * ones up to {@code officialTo} ({@code daysLeft} from today to its end), then the provisional
     * ones.
     */
    public record Years(int coveredFrom, int coveredTo, LocalDate lastCoveredDay, int officialTo, LocalDate lastOfficialDay,
                 long daysLeft, List<Integer> provisionalYears, List<YearSummary> years) {
    }

    public record YearSummary(int year, CalendarSource source, boolean overridesBundled, int holidays, int workdays,
                       String enteredBy, Instant enteredAt) {

        static YearSummary of(CalendarYears.Covered covered) {
            CalendarYears.Administered entry = covered.entry();
            return new YearSummary(covered.year(), covered.source(), covered.overridesBundled(),
                    covered.days().holidays().size(), covered.days().workdays().size(),
                    entry == null ? null : entry.enteredBy(), entry == null ? null : entry.enteredAt());
        }
    }

    /** {@code GET /api/v1/calendar/years/{year}}: the year's dates. */
    public record Year(int year, CalendarSource source, boolean overridesBundled, SortedSet<LocalDate> holidays,
                SortedSet<LocalDate> workdays, String note, String enteredBy, Instant enteredAt, Integer revision) {

        static Year of(CalendarYears.Covered covered) {
            CalendarYears.Administered entry = covered.entry();
            return new Year(covered.year(), covered.source(), covered.overridesBundled(), covered.days().holidays(),
                    covered.days().workdays(), entry == null ? null : entry.note(),
                    entry == null ? null : entry.enteredBy(), entry == null ? null : entry.enteredAt(),
                    entry == null ? null : entry.revision());
        }
    }

    /** {@code PUT /api/v1/calendar/years/{year}}: the whole year, as the State Council published it. */
    public record Entry(@Size(max = 366) List<String> holidays, @Size(max = 366) List<String> workdays,
                 @Size(max = 2000) @CleanText String note) {
    }
}
