package org.minhu.dispatch;

/** A text whose category is known (an operator confirmed it), for training the classifier. */
public record LabelledText(String label, String text) {
}
