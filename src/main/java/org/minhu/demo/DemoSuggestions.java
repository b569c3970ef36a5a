package org.minhu.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import org.minhu.dispatch.CategoryModel;
import org.minhu.dispatch.CategoryModels;
import org.minhu.dispatch.Suggestions;
import org.minhu.platform.MinhuException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Gives the demo's current month the suggestions its tickets would have got at intake: a category
 * model learnt from the months before it only (so it never saw the tickets it suggests for), then
 * a suggestion for each ticket of the month as of its registration.
 */
@Component
class DemoSuggestions {

    private static final Logger log = LoggerFactory.getLogger(DemoSuggestions.class);

    private final CategoryModels models;
    private final Suggestions suggestions;
    private final Clock clock;
    private final ZoneId zone;

    DemoSuggestions(CategoryModels models, Suggestions suggestions, Clock clock, ZoneId cityZone) {
        this.models = models;
        this.suggestions = suggestions;
        this.clock = clock;
        this.zone = cityZone;
    }

    void suggestForCurrentMonth() {
        Instant now = clock.instant();
        Instant monthStart = YearMonth.from(now.atZone(zone)).atDay(1).atStartOfDay(zone).toInstant();
        long start = System.nanoTime();
        try {
            CategoryModel model = models.trainAsSystem(monthStart);
            long trained = System.nanoTime();
            int made = suggestions.backfill(monthStart, now);
            log.info("Demo: category model {} learnt from {} tickets before {} in {} ms (cross-validated macro-F1 {}, "
                            + "unsure below {}); suggestions for {} tickets of the month in {} ms",
                    model.version(), model.examples(), monthStart, (trained - start) / 1_000_000, model.macroF1(),
                    model.unsureBelow(), made, (System.nanoTime() - trained) / 1_000_000);
        } catch (MinhuException e) {
            log.info("Demo: no category model ({}); its tickets carry no suggestions", e.code());
        }
    }
}
