package org.minhu.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.YearMonth;
import org.minhu.directory.Actors;
import org.minhu.directory.UnitKind;
import org.minhu.directory.Units;
import org.minhu.insight.Themes;
import org.minhu.platform.MonthParam;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 每月一题 in the console: a month's candidates (the city picks one with a lead department and a
 * plan), the themes chosen, and one theme with its three lists of tasks and its tickets by month.
 */
@Controller
class ThemesPage {

    private final Themes themes;
    private final Units units;
    private final java.time.Clock clock;
    private final java.time.ZoneId zone;

    ThemesPage(Themes themes, Units units, java.time.Clock clock, java.time.ZoneId cityZone) {
        this.themes = themes;
        this.units = units;
        this.clock = clock;
        this.zone = cityZone;
    }

    @GetMapping("/themes")
    String page(@RequestParam(required = false) String month, Model model) {
        var actor = Actors.current();
        YearMonth m = month == null || month.isBlank() ? YearMonth.now(clock.withZone(zone)).minusMonths(1)
                : MonthParam.parse(month, "month");
        model.addAttribute("month", m);
        model.addAttribute("candidates", themes.candidates(m, actor));
        model.addAttribute("themes", themes.list(actor));
        model.addAttribute("leads", units.all().stream().filter(u -> u.kind() == UnitKind.DEPARTMENT || u.kind() == UnitKind.ENTERPRISE)
                .sorted(java.util.Comparator.comparing(org.minhu.directory.Unit::code)).toList());
        model.addAttribute("city", actor.is(org.minhu.directory.Role.ADMIN) || actor.is(org.minhu.directory.Role.SUPERVISOR) && actor.citywide());
        return "themes";
    }

    @PostMapping("/themes")
    String choose(@RequestParam String month, @RequestParam String categoryCode, @RequestParam String title,
                  @RequestParam String leadUnitCode, @RequestParam(required = false) String plan, HttpServletRequest request) {
        request.setAttribute(TicketActions.BACK, "/themes?month=" + month);
        long id = themes.choose(MonthParam.parse(month, "month"), categoryCode, title, leadUnitCode, plan, Actors.current()).id();
        return "redirect:/themes/" + id;
    }

    @GetMapping("/themes/{id}")
    String theme(@PathVariable long id, Model model) {
        var actor = Actors.current();
        model.addAttribute("t", themes.get(id, actor));
        model.addAttribute("city", actor.is(org.minhu.directory.Role.ADMIN) || actor.is(org.minhu.directory.Role.SUPERVISOR) && actor.citywide());
        model.addAttribute("actor", actor);
        return "theme";
    }

    @PostMapping("/themes/{id}/tasks")
    String addTask(@PathVariable long id, @RequestParam String list, @RequestParam String description,
                   @RequestParam String unitCode, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
                   HttpServletRequest request) {
        request.setAttribute(TicketActions.BACK, "/themes/" + id);
        themes.addTask(id, list, description, unitCode, dueOn, Actors.current());
        return "redirect:/themes/" + id;
    }

    @PostMapping("/themes/{id}/tasks/{task}/done")
    String done(@PathVariable long id, @PathVariable long task, @RequestParam(required = false) String note,
                HttpServletRequest request) {
        request.setAttribute(TicketActions.BACK, "/themes/" + id);
        themes.done(id, task, note, Actors.current());
        return "redirect:/themes/" + id;
    }
}
