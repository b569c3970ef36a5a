package org.minhu.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import org.minhu.calendar.CalendarAdministration;
import org.minhu.calendar.CalendarViews;
import org.minhu.directory.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 工作日历: the covered years (official, entered, provisional), a year's dates, and the form an
 * administrator enters next year's holidays and make-up workdays with once the State Council has
 * published them (dates one per line or separated by commas or spaces).
 */
@Controller
class CalendarPage {

    private final CalendarAdministration calendar;

    CalendarPage(CalendarAdministration calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/admin/calendar")
    String page(@RequestParam(required = false) Integer year, Model model) {
        AdminPages.admin();
        CalendarViews.Years years = calendar.list();
        int shown = year != null ? year : years.officialTo() + 1;
        model.addAttribute("years", years);
        model.addAttribute("shown", shown);
        model.addAttribute("year", years.years().stream().anyMatch(y -> y.year() == shown) ? calendar.get(shown) : null);
        return "admin-calendar";
    }

    @PostMapping("/admin/calendar")
    String enter(@RequestParam int year, @RequestParam(required = false) String holidays,
                 @RequestParam(required = false) String workdays, @RequestParam(required = false) String note,
                 HttpServletRequest request, RedirectAttributes flash) {
        Actor admin = AdminPages.admin();
        request.setAttribute(TicketActions.BACK, "/admin/calendar?year=" + year);
        calendar.put(year, new CalendarViews.Entry(dates(holidays), dates(workdays), note), admin.username());
        flash.addFlashAttribute("done", "calendar.done");
        return "redirect:/admin/calendar?year=" + year;
    }

    private static List<String> dates(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[\\s,，、;；]+")).filter(s -> !s.isBlank()).toList();
    }
}
