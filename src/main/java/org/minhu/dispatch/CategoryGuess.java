package org.minhu.dispatch;

/** A category the classifier considers, with its calibrated probability (0–1). */
public record CategoryGuess(String category, double confidence) {
}
