package org.minhu.dispatch;

import java.util.List;

/**
 * What Minhu proposes for a request as it is typed: its category (with how sure, and
 * {@code unsure} below the model's threshold: then no units are proposed from it), other likely
 * categories, its place, the units it goes to, and the model version that made the proposal (null
 * before a model was ever trained).
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
public record Suggestion(Category category, List<Alternative> alternatives, SuggestedPlace place,
                         List<ProposedUnit> units, Integer modelVersion) {

    /** The proposed category; {@code code} null when there is no model yet. */
    public record Category(String code, String name, double confidence, boolean unsure) {
    }

    /** Another likely category. */
    public record Alternative(String code, String name, double confidence) {
    }
}
