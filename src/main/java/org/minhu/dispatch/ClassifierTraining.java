package org.minhu.dispatch;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Trains a {@link CategoryClassifier}: the vocabulary from all texts; the SVM on all of them; and
 * its calibration on the scores that {@value #CALIBRATION_FOLDS} SVMs, each trained without one
 * fold, gave the texts of that fold (scores of texts a model was trained on are overconfident).
 */
final class ClassifierTraining {

    static final int CALIBRATION_FOLDS = 3;

    private ClassifierTraining() {
    }

    static CategoryClassifier train(List<LabelledText> examples, double unsureBelow) {
        List<String> labels = new ArrayList<>(new TreeSet<>(examples.stream().map(LabelledText::label).toList()));
        if (labels.size() < 2) {
            throw new IllegalArgumentException("training needs at least two categories, got " + labels);
        }
        int[] ys = examples.stream().mapToInt(e -> labels.indexOf(e.label())).toArray();
        List<FeatureCounts> counts = examples.parallelStream().map(e -> FeatureCounts.of(e.text())).toList();
        Vocabulary vocabulary = Vocabulary.of(counts);
        List<SparseVector> xs = counts.stream().map(vocabulary::vector).toList();
        LinearScores svm = RatioScaledSvm.train(xs, ys, labels.size(), vocabulary.size());
        Calibration calibration = Calibration.fit(heldOutScores(xs, ys, labels.size(), vocabulary.size()), ys, labels.size());
        return new CategoryClassifier(labels, vocabulary, svm, calibration, unsureBelow);
    }

    private static List<double[]> heldOutScores(List<SparseVector> xs, int[] ys, int classes, int columns) {
        int[] fold = StratifiedFolds.of(ys, classes, CALIBRATION_FOLDS);
        double[][] scores = new double[xs.size()][];
        for (int k = 0; k < CALIBRATION_FOLDS; k++) {
            List<SparseVector> trainX = new ArrayList<>();
            List<Integer> trainY = new ArrayList<>();
            for (int i = 0; i < xs.size(); i++) {
                if (fold[i] != k) {
                    trainX.add(xs.get(i));
                    trainY.add(ys[i]);
                }
            }
            LinearScores svm = RatioScaledSvm.train(trainX, trainY.stream().mapToInt(Integer::intValue).toArray(), classes, columns);
            for (int i = 0; i < xs.size(); i++) {
                if (fold[i] == k) {
                    scores[i] = svm.scores(xs.get(i));
                }
            }
        }
        return List.of(scores);
    }
}
