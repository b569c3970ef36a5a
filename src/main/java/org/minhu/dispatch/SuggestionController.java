package org.minhu.dispatch;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.minhu.directory.Actors;
import org.minhu.directory.Role;
import org.minhu.platform.MinhuException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/suggestions} (OPERATOR): the category, place and units proposed for a request
 * as the operator types it; {@code /api/v1/models/category} the classifier's versions, and
 * {@code …/train} (ADMIN) a new one from the history.
 */
@RestController
class SuggestionController {

    /** A request as typed so far (the lengths a ticket takes). */
    record Typed(@Size(max = 200) String subject, @NotBlank @Size(max = 5000) String content, @Valid Location location) {
    }

    /** Where, as far as known. */
    record Location(@Size(max = 500) String address, Double lat, Double lng) {
    }

    private final Suggestions suggestions;
    private final CategoryModels models;

    SuggestionController(Suggestions suggestions, CategoryModels models) {
        this.suggestions = suggestions;
        this.models = models;
    }

    @PostMapping("/api/v1/suggestions")
    Suggestion suggest(@Valid @RequestBody Typed typed, jakarta.servlet.http.HttpServletResponse response) {
        if (!Actors.current().is(Role.OPERATOR)) {
            throw MinhuException.forbidden("Operators are proposed categories and units while they register a request");
        }
        Location at = typed.location() == null ? new Location(null, null, null) : typed.location();
        if ((at.lat() == null) != (at.lng() == null)) {
            throw MinhuException.invalid("VALIDATION_FAILED", "point", "A point needs both lat and lng",
                    java.util.Map.of("field", "location"));
        }
        if (at.lat() != null) {
            Coordinates.check(at.lat(), at.lng());
        }
        long start = System.nanoTime();
        Suggestion suggestion = suggestions.suggest(typed.subject(), typed.content(), at.address(), at.lat(), at.lng());
        // W3C Server-Timing: what the suggestion itself took, apart from HTTP and JSON (bench/suggest.sh reads it)
        response.setHeader("Server-Timing", String.format(java.util.Locale.ROOT, "suggest;dur=%.3f", (System.nanoTime() - start) / 1e6));
        return suggestion;
    }

    @org.springframework.web.bind.annotation.GetMapping("/api/v1/models/category")
    java.util.List<CategoryModel> versions() {
        var actor = Actors.current();
        if (!actor.is(Role.ADMIN) && !actor.is(Role.OPERATOR)) {
            throw MinhuException.forbidden("The centre and administrators see the classifier's versions");
        }
        return models.versions();
    }

    @PostMapping("/api/v1/models/category/train")
    CategoryModel train() {
        return models.train(Actors.current());
    }
}
