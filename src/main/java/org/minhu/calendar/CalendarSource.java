package org.minhu.calendar;

/** Where a covered year of the working calendar comes from. */
public enum CalendarSource {
    /** The {@code chinese-days} data shipped with the application (or the file {@code minhu.calendar.holidays}). */
    BUNDLED,
    /** Entered by an administrator ({@code PUT /api/v1/calendar/years/{year}}); overrides a bundled year. */
    ADMINISTERED,
    /**
     * Computed from the statutory holidays, for want of official data (at most two years past the
     * last official one): weekends rest, no make-up workdays. Deadlines that count its days are
     * marked provisional and recomputed when the official year is entered.
     */
    PROVISIONAL
}
