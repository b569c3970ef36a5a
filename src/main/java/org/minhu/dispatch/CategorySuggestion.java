package org.minhu.dispatch;

import java.util.List;

/**
 * The classifier's answer for one ticket: the most likely category and its calibrated probability;
 * {@code unsure} when that probability is below the model's threshold (the operator should choose
 * rather than confirm); and the next most likely categories, most likely first.
 */
public record CategorySuggestion(String category, double confidence, boolean unsure, List<CategoryGuess> alternatives) {
}
