package org.minhu.web;

import org.minhu.directory.Actor;
import org.minhu.directory.Actors;
import org.minhu.platform.MonthParam;
import org.minhu.review.ReviewPacks;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /reviews?month=&district=}: the monthly review pack as a page that prints as a clean A4
 * document (the browser's print-to-PDF), with the workbook one click away. Last month by default.
 */
@Controller
class ReviewPage {

    private final ReviewPacks packs;
    private final DashboardChoices choices;

    ReviewPage(ReviewPacks packs, DashboardChoices choices) {
        this.packs = packs;
        this.choices = choices;
    }

    @GetMapping("/reviews")
    String review(@RequestParam(required = false) String month, @RequestParam(required = false) String district,
                  Model model) {
        Actor actor = Actors.current();
        var m = month == null || month.isBlank() ? choices.thisMonth().minusMonths(1) : MonthParam.parse(month, "month");
        model.addAttribute("pack", packs.pack(m, district, actor, LocaleContextHolder.getLocale()));
        model.addAttribute("citywideReader", actor.districtCode() == null);
        model.addAttribute("districts", choices.districts(actor));
        return "review";
    }
}
