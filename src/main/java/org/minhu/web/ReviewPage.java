package org.minhu.web;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import org.minhu.directory.Actor;
import org.minhu.directory.Actors;
import org.minhu.directory.UnitKind;
import org.minhu.directory.Units;
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
    private final Units units;
    private final Clock clock;
    private final ZoneId zone;

    ReviewPage(ReviewPacks packs, Units units, Clock clock, ZoneId cityZone) {
        this.packs = packs;
        this.units = units;
        this.clock = clock;
        this.zone = cityZone;
    }

    @GetMapping("/reviews")
    String review(@RequestParam(required = false) String month, @RequestParam(required = false) String district,
                  Model model) {
        Actor actor = Actors.current();
        YearMonth m = month == null || month.isBlank() ? YearMonth.now(clock.withZone(zone)).minusMonths(1)
                : MonthParam.parse(month, "month");
        var pack = packs.pack(m, district, actor, LocaleContextHolder.getLocale());
        model.addAttribute("pack", pack);
        model.addAttribute("citywideReader", actor.districtCode() == null);
        model.addAttribute("districts", units.all().stream().filter(u -> u.kind() == UnitKind.DISTRICT)
                .sorted(Comparator.comparing(org.minhu.directory.Unit::code)).toList());
        return "review";
    }
}
