package org.minhu.calendar;

import jakarta.validation.Valid;
import java.security.Principal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The years of the working calendar: read by anyone signed in, entered by administrators once the
 * State Council has published a year's holidays and make-up workdays.
 */
@RestController
@RequestMapping("/api/v1/calendar/years")
class CalendarYearController {

    private final CalendarAdministration administration;

    CalendarYearController(CalendarAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    CalendarViews.Years list() {
        return administration.list();
    }

    @GetMapping("/{year}")
    CalendarViews.Year get(@PathVariable int year) {
        return administration.get(year);
    }

    /** Enters a year, or replaces an official one; the calendar of this node changes at once, others' within {@code minhu.calendar.refresh-interval} (30 s). */
    @PutMapping("/{year}")
    @PreAuthorize("hasRole('ADMIN')")
    CalendarViews.Year put(@PathVariable int year, @Valid @RequestBody CalendarViews.Entry entry, Principal principal) {
        return administration.put(year, entry, principal.getName());
    }
}
