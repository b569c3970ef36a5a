package org.minhu.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import org.minhu.directory.Actors;
import org.minhu.insight.Hotspots;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 热点: the week's surges and clusters (any week, by a day in it), each linking its tickets, and the
 * centre's one click that makes one a proactive ticket for its street.
 */
@Controller
class HotspotsPage {

    private final Hotspots hotspots;
    private final java.time.Clock clock;
    private final java.time.ZoneId zone;

    HotspotsPage(Hotspots hotspots, java.time.Clock clock, java.time.ZoneId cityZone) {
        this.hotspots = hotspots;
        this.clock = clock;
        this.zone = cityZone;
    }

    @GetMapping("/hotspots")
    String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
                @RequestParam(required = false) String district, Model model) {
        var report = hotspots.report(week, district, Actors.current());
        model.addAttribute("r", report);
        model.addAttribute("previous", report.weekStart().minusWeeks(1));
        model.addAttribute("next", report.weekEnd().isBefore(LocalDate.now(clock.withZone(zone))) ? report.weekStart().plusWeeks(1) : null);
        model.addAttribute("actor", Actors.current());
        return "hotspots";
    }

    @PostMapping("/hotspots/proactive")
    String proactive(@RequestParam String key, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
                     HttpServletRequest request) {
        request.setAttribute(TicketActions.BACK, "/hotspots?week=" + week);
        long id = hotspots.makeProactive(key, week, Actors.current());
        return "redirect:/tickets/" + id;
    }
}
