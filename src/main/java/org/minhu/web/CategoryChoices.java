package org.minhu.web;

import java.util.ArrayList;
import java.util.List;
import org.minhu.dispatch.Categories;
import org.minhu.dispatch.Category;
import org.springframework.stereotype.Component;

/**
 * The taxonomy as the intake form's category picker shows it: a group per first level, and in it
 * each second level followed by its leaves. A second level can be chosen too, as the classifier
 * proposes one where the history knows too few of its leaves.
 */
@Component
class CategoryChoices {

    /** One first-level category and its choices in order. */
    record Group(String name, List<Choice> choices) {
    }

    /** A choosable category: its code, name and level (2 or 3, for indenting). */
    record Choice(String code, String name, int level) {
    }

    private final Categories categories;
    private final java.time.Clock clock;
    private final java.time.ZoneId zone;

    CategoryChoices(Categories categories, java.time.Clock clock, java.time.ZoneId cityZone) {
        this.categories = categories;
        this.clock = clock;
        this.zone = cityZone;
    }

    /** Every category, retired ones too (a list's filter finds old tickets by them). */
    List<Group> groups() {
        return groups(categories.all());
    }

    /** The categories chosen for new tickets today (the intake form). */
    List<Group> current() {
        return groups(categories.inForce(java.time.LocalDate.now(clock.withZone(zone))));
    }

    private static List<Group> groups(List<Category> all) {
        List<Group> groups = new ArrayList<>();
        for (Category first : all.stream().filter(c -> c.level() == 1).toList()) {
            List<Choice> choices = new ArrayList<>();
            for (Category second : children(all, first.code())) {
                choices.add(new Choice(second.code(), second.name(), 2));
                children(all, second.code()).forEach(leaf -> choices.add(new Choice(leaf.code(), leaf.name(), 3)));
            }
            groups.add(new Group(first.name(), choices));
        }
        return groups;
    }

    private static List<Category> children(List<Category> all, String parent) {
        return all.stream().filter(c -> parent.equals(c.parentCode())).toList();
    }
}
