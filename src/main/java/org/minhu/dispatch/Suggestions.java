package org.minhu.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minhu.directory.Units;
import org.springframework.stereotype.Service;

/**
 * Reads a request and proposes its category ({@link CategoryModels}' current model), its place
 * ({@link Places}) and its units: the responsibility list's for the category and place
 * ({@link UnitProposal}), and those that handled the category there before ({@link RoutingHistory});
 * a unit proposed twice keeps its surer proposal.
 */
@Service
public class Suggestions {

    private final CategoryModels models;
    private final Categories categories;
    private final Places places;
    private final Responsibilities responsibilities;
    private final RoutingHistory history;
    private final Units units;
    private final SuggestionRecords records;
    private final Clock clock;
    private final ZoneId zone;

    Suggestions(CategoryModels models, Categories categories, Places places, Responsibilities responsibilities,
                RoutingHistory history, Units units, SuggestionRecords records, Clock clock, ZoneId cityZone) {
        this.records = records;
        this.models = models;
        this.categories = categories;
        this.places = places;
        this.responsibilities = responsibilities;
        this.history = history;
        this.units = units;
        this.clock = clock;
        this.zone = cityZone;
    }

    public Suggestion suggest(String subject, String content, String address, Double lat, Double lng) {
        var place = places.locate(address, (subject == null ? "" : subject) + " " + content, lat, lng).orElse(null);
        var model = models.current();
        if (model.isEmpty()) {
            return new Suggestion(new Suggestion.Category(null, null, 0, true), List.of(), place, List.of(), null);
        }
        CategorySuggestion guess = model.get().classifier().classify(subject, content);
        var category = new Suggestion.Category(guess.category(), name(guess.category()), guess.confidence(), guess.unsure());
        var alternatives = guess.alternatives().stream()
                .map(a -> new Suggestion.Alternative(a.category(), name(a.category()), a.confidence())).toList();
        List<ProposedUnit> proposed = guess.unsure() ? List.of() : units(guess, place, address);
        return new Suggestion(category, alternatives, place, proposed, model.get().version());
    }

    /** Keeps what was proposed for a ticket at its registration (in the caller's transaction); a second call keeps the first. */
    public void record(long ticketId, Instant at, Suggestion suggestion) {
        records.record(ticketId, at, suggestion);
    }

    /** What was proposed for the ticket when it was registered, if anything was recorded. */
    public Optional<Suggestion> madeFor(long ticketId) {
        return records.of(ticketId);
    }

    /**
     * Suggests, with the current model, for every ticket registered in [{@code from}, {@code to})
     * that has no suggestion yet, each as of its registration; answers how many. For tickets that
     * came in before the first model (the demo's, an import).
     */
    public int backfill(Instant from, Instant to) {
        var requests = records.unsuggested(from, to);
        requests.forEach(r -> record(r.ticketId(), r.at(), suggest(r.subject(), r.content(), r.address(), r.lat(), r.lng())));
        return requests.size();
    }

    private List<ProposedUnit> units(CategorySuggestion guess, SuggestedPlace place, String address) {
        String street = place == null ? null : place.subdistrictCode();
        double placeConfidence = place == null ? 0 : place.confidence();
        Map<String, ProposedUnit> byUnit = new LinkedHashMap<>();
        responsibilities.inForce(guess.category(), LocalDate.now(clock.withZone(zone)))
                .map(rule -> UnitProposal.of(rule, street, guess.confidence(), placeConfidence, this::unitName))
                .orElse(List.of()).forEach(u -> keepSurer(byUnit, u));
        history.handled(categories.withDescendants(guess.category()), place == null ? null : place.communityCode(), address,
                        this::unitName)
                .forEach(u -> keepSurer(byUnit, u));
        return new ArrayList<>(byUnit.values());
    }

    private static void keepSurer(Map<String, ProposedUnit> byUnit, ProposedUnit unit) {
        byUnit.merge(unit.unitCode() + "/" + unit.role(), unit, (a, b) -> a.confidence() >= b.confidence() ? a : b);
    }

    private String name(String category) {
        return category == null ? null : categories.find(category).map(Category::name).orElse(category);
    }

    private String unitName(String code) {
        return units.nameOf(code).orElse(code);
    }
}
