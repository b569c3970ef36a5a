package org.minhu.dispatch;

import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Turns the SVM's class scores into probabilities (Platt scaling, one class against the rest): a
 * logistic regression (liblinear) over the scores that the SVM gave texts it was not trained on,
 * and, as liblinear does, each class's logistic normalised by their sum. Up to {@value #JOINT}
 * classes each class's logistic reads all the scores (on the labelled messages, 7 classes, 0.14
 * points of macro-F1 better than its own score alone); with more, the cost of that grows with the
 * square of the classes (a history of 150 categories spent three quarters of its training there),
 * so each class reads its own score only, the weights off the diagonal left at zero.
 */
record Calibration(LinearScores logistic) {

    // Nearly unregularised: 8 weights per class fitted on thousands of held-out texts.
    private static final double C = 100;

    static final int JOINT = 20;

    static Calibration fit(List<double[]> heldOutScores, int[] ys, int classes) {
        if (classes > JOINT) {
            return eachOnItsOwn(heldOutScores, ys, classes);
        }
        List<SparseVector> xs = new ArrayList<>();
        for (double[] scores : heldOutScores) {
            xs.add(dense(scores));
        }
        return new Calibration(LinearTraining.train(xs, ys, classes, classes, parameter(), false));
    }

    private static Calibration eachOnItsOwn(List<double[]> heldOutScores, int[] ys, int classes) {
        float[] weights = new float[classes * classes];
        float[] bias = new float[classes];
        IntStream.range(0, classes).parallel().forEach(c -> {
            List<SparseVector> own = heldOutScores.stream()
                    .map(scores -> new SparseVector(new int[] {0}, new float[] {(float) scores[c]})).toList();
            int[] isClass = IntStream.of(ys).map(y -> y == c ? 1 : 0).toArray();
            LinearScores platt = LinearTraining.train(own, isClass, 2, 1, parameter(), false);
            weights[c * classes + c] = platt.weights()[1];
            bias[c] = platt.bias()[1];
        });
        return new Calibration(new LinearScores(classes, weights, bias));
    }

    private static Parameter parameter() {
        return new Parameter(SolverType.L2R_LR, C, 0.001);
    }

    double[] probabilities(double[] scores) {
        double[] p = logistic.scores(dense(scores));
        double sum = 0;
        for (int c = 0; c < p.length; c++) {
            p[c] = 1 / (1 + Math.exp(-p[c]));
            sum += p[c];
        }
        for (int c = 0; c < p.length; c++) {
            p[c] /= sum;
        }
        return p;
    }

    private static SparseVector dense(double[] scores) {
        int[] columns = new int[scores.length];
        float[] values = new float[scores.length];
        for (int c = 0; c < scores.length; c++) {
            columns[c] = c;
            values[c] = (float) scores[c];
        }
        return new SparseVector(columns, values);
    }
}
