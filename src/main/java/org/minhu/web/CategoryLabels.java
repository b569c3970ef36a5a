package org.minhu.web;

import org.minhu.dispatch.Categories;
import org.springframework.stereotype.Component;

/** Category names for tables: {@code ${@categoryLabels.name(t.categoryCode)}} (the taxonomy is cached). */
@Component
class CategoryLabels {

    private final Categories categories;

    CategoryLabels(Categories categories) {
        this.categories = categories;
    }

    public String name(String code) {
        return code == null ? "" : categories.find(code).map(c -> c.name()).orElse(code);
    }
}
