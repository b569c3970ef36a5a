package org.minhu.dispatch;

import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the SVM's class scores into probabilities (Platt scaling, one class against the rest): a
 * logistic regression (liblinear) over the scores that the SVM gave texts it was not trained on,
 * and, as liblinear does, each class's logistic normalised by their sum.
 */
record Calibration(LinearScores logistic) {

    // Nearly unregularised: 8 weights per class fitted on thousands of held-out texts.
    private static final double C = 100;

    static Calibration fit(List<double[]> heldOutScores, int[] ys, int classes) {
        List<SparseVector> xs = new ArrayList<>();
        for (double[] scores : heldOutScores) {
            xs.add(dense(scores));
        }
        Parameter parameter = new Parameter(SolverType.L2R_LR, C, 0.001);
        return new Calibration(LinearTraining.train(xs, ys, classes, classes, parameter, false));
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
