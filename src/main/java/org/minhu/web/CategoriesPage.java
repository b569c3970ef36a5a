package org.minhu.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import org.minhu.directory.Actor;
import org.minhu.dispatch.Categories;
import org.minhu.dispatch.CategoryAdministration;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 分类: the taxonomy with its dates; a category added from a day, renamed, or retired from a day (administrators). */
@Controller
class CategoriesPage {

    private final Categories categories;
    private final CategoryAdministration administration;

    CategoriesPage(Categories categories, CategoryAdministration administration) {
        this.categories = categories;
        this.administration = administration;
    }

    @GetMapping("/admin/categories")
    String page(@RequestParam(required = false) String under, Model model) {
        AdminPages.admin();
        String top = under == null || under.isBlank() ? "01" : under.strip();
        model.addAttribute("tops", categories.all().stream().filter(c -> c.level() == 1).toList());
        model.addAttribute("under", top);
        model.addAttribute("shown", categories.all().stream().filter(c -> c.code().startsWith(top + ".")).toList());
        return "admin-categories";
    }

    /** {@code verb}: {@code add} (under this code), {@code rename} or {@code retire}. */
    @PostMapping("/admin/categories/{code}/{verb}")
    String change(@PathVariable String code, @PathVariable String verb, @RequestParam(required = false) String childCode,
                  @RequestParam(required = false) String name, @RequestParam(required = false) String defaultUnitKind,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  HttpServletRequest request, RedirectAttributes flash) {
        Actor admin = AdminPages.admin();
        String back = "/admin/categories?under=" + code.split("\\.")[0];
        request.setAttribute(TicketActions.BACK, back);
        switch (verb) {
            case "add" -> administration.add(code, childCode, name, defaultUnitKind, from, admin);
            case "rename" -> administration.rename(code, name, admin);
            case "retire" -> administration.retire(code, from, admin);
            default -> throw org.minhu.platform.MinhuException.notFound("action", verb);
        }
        flash.addFlashAttribute("done", "categories." + verb + (verb.equals("rename") ? "" : ".done"));
        return "redirect:" + back;
    }
}
