package org.minhu.dispatch;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A trained version of the category classifier: when and by whom, over how many examples and
 * categories, its cross-validated macro-F1 and accuracy on the history, the macro-F1 of the model
 * it was to replace ({@code replacedMacroF1}, null for the first), whether it was accepted (not
 * worse) and whether it is the one in use.
 */
public record CategoryModel(int version, Instant trainedAt, String trainedBy, int examples, int categories,
                            BigDecimal macroF1, BigDecimal accuracy, BigDecimal replacedMacroF1, boolean accepted,
                            boolean current) {
}
