package org.minhu.web;

import java.util.List;
import java.util.stream.Collectors;
import org.minhu.assessment.Assessments;
import org.minhu.directory.Actor;
import org.minhu.directory.Actors;
import org.minhu.directory.Role;
import org.minhu.directory.Unit;
import org.minhu.directory.UnitKind;
import org.minhu.platform.MinhuException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The assessment dashboard ({@code /assessments}) for supervisors, the 12345 centre and admins: a
 * month's ranking of one peer group (filtered by district, paged), its composite scores as bars, a
 * unit's three rates over twelve months ({@code js/dashboard-charts.js} asks the API), and the districts'
 * composite on a map of Beijing. What a reader sees is scoped by {@link Assessments} itself.
 */
@Controller
class DashboardPage {

    static final int PAGE_SIZE = 20;
    /** Who may open it: supervisors, the centre's operators, admins (handlers read their unit through the API). */
    static final java.util.Set<Role> READERS = java.util.EnumSet.of(Role.SUPERVISOR, Role.OPERATOR, Role.ADMIN);

    private final Assessments assessments;
    private final DashboardChoices choices;

    DashboardPage(Assessments assessments, DashboardChoices choices) {
        this.assessments = assessments;
        this.choices = choices;
    }

    @GetMapping("/assessments")
    String dashboard(@RequestParam(required = false) String month, @RequestParam(required = false) String group,
                     @RequestParam(required = false) String district, @RequestParam(required = false) String page,
                     Model model) {
        Actor actor = Actors.current();
        if (!READERS.contains(actor.role())) {
            throw MinhuException.forbidden("The assessment dashboard is for supervisors, the 12345 centre and admins");
        }
        List<Unit> districts = choices.districts(actor);
        var query = DashboardQuery.parse(month, group, district, page, choices::defaultMonth,
                districts.stream().map(Unit::code).collect(Collectors.toSet()));
        model.addAttribute("q", query);
        model.addAttribute("view", assessments.month(query.month(), null, query.group(), query.district(),
                query.page(), PAGE_SIZE, actor));
        model.addAttribute("map", assessments.month(query.month(), null, UnitKind.DISTRICT, null, 0, 50, actor));
        model.addAttribute("groups", DashboardQuery.GROUPS);
        model.addAttribute("districts", districts);
        model.addAttribute("thisMonth", choices.thisMonth());
        return "assessments";
    }
}
