package org.minhu.dispatch;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/categories}: the whole taxonomy, flat and by code; any signed-in user may read. */
@RestController
class CategoryController {

    private final Categories categories;

    CategoryController(Categories categories) {
        this.categories = categories;
    }

    @GetMapping("/api/v1/categories")
    List<Category> list() {
        return categories.all();
    }
}
