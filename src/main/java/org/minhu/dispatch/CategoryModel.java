package org.minhu.dispatch;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A trained version of the category classifier: when and by whom, over how many examples and
 * categories, its cross-validated macro-F1 and accuracy on the history, the macro-F1 of the model
 * it was to replace ({@code replacedMacroF1}, null for the first), whether it was accepted (not
 * worse) and whether it is the one in use; the unsure threshold its cross-validation chose, with the
 * share of suggestions it leaves unsure and how often the confident ones were right there; and, in
 * use, how many tickets it made suggestions for, how many of those the operators have categorised,
 * and in how many they kept its category (the chosen one or a category under it).
 */
public record CategoryModel(int version, Instant trainedAt, String trainedBy, int examples, int categories,
                            BigDecimal macroF1, BigDecimal accuracy, BigDecimal replacedMacroF1, boolean accepted,
                            boolean current, BigDecimal unsureBelow, BigDecimal unsureShare,
                            BigDecimal confidentAccuracy, Use use) {

    /** Its suggestions so far: made, for tickets the operators categorised, and kept there. */
    public record Use(int suggested, int categorised, int kept) {
    }
}
