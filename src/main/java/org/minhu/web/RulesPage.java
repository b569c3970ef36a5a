package org.minhu.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import org.minhu.calendar.DeadlineClass;
import org.minhu.calendar.DeadlineRules;
import org.minhu.calendar.DeadlineStep;
import org.minhu.calendar.DeadlineUnit;
import org.minhu.directory.Actor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 时限规则: every version of every deadline rule, and a new version from a day on (administrators). */
@Controller
class RulesPage {

    private final DeadlineRules rules;

    RulesPage(DeadlineRules rules) {
        this.rules = rules;
    }

    @GetMapping("/admin/rules")
    String page(Model model) {
        AdminPages.admin();
        model.addAttribute("rules", rules.all());
        model.addAttribute("steps", DeadlineStep.values());
        model.addAttribute("classes", DeadlineClass.values());
        model.addAttribute("units", DeadlineUnit.values());
        return "admin-rules";
    }

    /** {@code deadlineClass} empty: any class. */
    @PostMapping("/admin/rules")
    String add(@RequestParam DeadlineStep step, @RequestParam(required = false) DeadlineClass deadlineClass,
               @RequestParam int amount, @RequestParam DeadlineUnit unit,
               @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
               @RequestParam(required = false) String note, HttpServletRequest request, RedirectAttributes flash) {
        Actor admin = AdminPages.admin();
        request.setAttribute(TicketActions.BACK, "/admin/rules");
        rules.add(step, deadlineClass, amount, unit, effectiveFrom, note, admin.username());
        flash.addFlashAttribute("done", "rules.done");
        return "redirect:/admin/rules";
    }
}
