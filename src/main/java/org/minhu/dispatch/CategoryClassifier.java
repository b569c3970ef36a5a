package org.minhu.dispatch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The category classifier (issue 9): reads a ticket's subject and content and suggests its
 * category with a calibrated confidence. Character n-grams, HanLP words and the opening
 * characters, sublinear TF-IDF, a one-vs-rest linear SVM (liblinear) and Platt scaling. No Spring:
 * train it from {@link LabelledText}s, keep it as {@link #toBytes()} and load it with
 * {@link #fromBytes(byte[])}; it is immutable and safe to share between threads.
 */
public final class CategoryClassifier {

    /**
     * Below this confidence a suggestion is {@code unsure}, unless the training chose otherwise.
     * Chosen by 5-fold cross-validation on the labelled messages as {@link UnsureThreshold} chooses
     * (docs/design.md, dispatch): the confident suggestions right 95.2 % of the time, 4.2 % unsure.
     * A model trained from the history gets the threshold of its own cross-validation.
     */
    public static final double UNSURE_BELOW = 0.55;
    private static final int ALTERNATIVES = 2;

    final List<String> labels;
    final Vocabulary vocabulary;
    final LinearScores svm;
    final Calibration calibration;
    final double unsureBelow;

    CategoryClassifier(List<String> labels, Vocabulary vocabulary, LinearScores svm, Calibration calibration,
                       double unsureBelow) {
        this.labels = List.copyOf(labels);
        this.vocabulary = vocabulary;
        this.svm = svm;
        this.calibration = calibration;
        this.unsureBelow = unsureBelow;
    }

    /** Trains on the examples (at least two categories), with the default unsure threshold. */
    public static CategoryClassifier train(List<LabelledText> examples) {
        return ClassifierTraining.train(examples, UNSURE_BELOW);
    }

    /** The same model with another unsure threshold. */
    CategoryClassifier withUnsureBelow(double threshold) {
        return new CategoryClassifier(labels, vocabulary, svm, calibration, threshold);
    }

    /** Reads a model written by {@link #toBytes()} (by this or an earlier version of Minhu). */
    public static CategoryClassifier fromBytes(byte[] bytes) {
        return ModelBytes.read(bytes);
    }

    /** The model as bytes: a format header, then the categories, vocabulary, weights and calibration. */
    public byte[] toBytes() {
        return ModelBytes.write(this);
    }

    /** Suggests a category for a ticket's subject (may be null) and content. */
    public CategorySuggestion classify(String subject, String content) {
        return classify(text(subject, content));
    }

    /** A ticket's text as the model reads it, in training and in use alike: its subject (if any) first. */
    public static String text(String subject, String content) {
        return subject == null || subject.isBlank() ? content : subject + " " + content;
    }

    /**
     * Suggests a category for a text (a subject, if any, first). A text with no feature the model
     * knows is unsure whatever its confidence, which then only echoes the categories' sizes.
     */
    public CategorySuggestion classify(String text) {
        SparseVector x = vocabulary.unsortedVector(FeatureCounts.of(text == null ? "" : text));
        double[] p = calibration.probabilities(svm.scores(x));
        Integer[] order = new Integer[p.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble((Integer c) -> -p[c]));
        List<CategoryGuess> alternatives = new ArrayList<>();
        for (int k = 1; k <= ALTERNATIVES && k < order.length; k++) {
            alternatives.add(new CategoryGuess(labels.get(order[k]), p[order[k]]));
        }
        double top = p[order[0]];
        boolean unsure = top < unsureBelow || x.columns().length == 0;
        return new CategorySuggestion(labels.get(order[0]), top, unsure, List.copyOf(alternatives));
    }

    /** The categories it can suggest. */
    public List<String> categories() {
        return labels;
    }

    public double unsureBelow() {
        return unsureBelow;
    }

    /** The bytes its arrays take in memory (the strings of the category names aside). */
    public long memoryBytes() {
        return vocabulary.memoryBytes() + svm.memoryBytes() + calibration.logistic().memoryBytes();
    }
}
