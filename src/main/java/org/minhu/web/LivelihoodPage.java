package org.minhu.web;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import org.minhu.assessment.Livelihood;
import org.minhu.directory.Actor;
import org.minhu.directory.Actors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 七有五性 民生诉求监测: a district's (or the city's) month per livelihood dimension, for the
 * supervisors and the centre. Without a month it shows last month, the latest whole one: this
 * month's counts would be set against whole months.
 */
@Controller
class LivelihoodPage {

    private final Livelihood livelihood;
    private final Clock clock;
    private final ZoneId zone;

    LivelihoodPage(Livelihood livelihood, Clock clock, ZoneId cityZone) {
        this.livelihood = livelihood;
        this.clock = clock;
        this.zone = cityZone;
    }

    @GetMapping("/livelihood")
    String month(@RequestParam(required = false) String month, @RequestParam(required = false) String district,
                 Model model) {
        Actor actor = Actors.current();
        model.addAttribute("districts", livelihood.districts(actor)); // first: a handler is refused whatever it asks
        YearMonth shown = month == null || month.isBlank() ? YearMonth.now(clock.withZone(zone)).minusMonths(1)
                : org.minhu.platform.MonthParam.parse(month.strip(), "month");
        model.addAttribute("m", livelihood.month(shown, district, actor));
        model.addAttribute("citywide", livelihood.citywide(actor));
        model.addAttribute("english", "en".equals(org.springframework.context.i18n.LocaleContextHolder.getLocale()
                .getLanguage()));
        return "livelihood";
    }
}
