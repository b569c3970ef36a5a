package org.minhu.dispatch;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.List;

/**
 * Trains one-vs-rest linear models with liblinear; by default the category SVM with liblinear (L2-regularised L2-loss, dual solver). C = 2
 * and class weights inversely proportional to class size were the best of the settings tried by
 * cross-validation (C 0.5–4, weights on/off or square-rooted; logistic regression, Crammer–Singer
 * and the L1-loss SVM scored the same or lower).
 */
final class LinearTraining {

    static final double C = 2.0;
    private static final double EPSILON = 0.1;

    static {
        Linear.disableDebugOutput();
    }

    private LinearTraining() {
    }

    static LinearScores train(List<SparseVector> xs, int[] ys, int classes, int columns) {
        return train(xs, ys, classes, columns, new Parameter(SolverType.L2R_L2LOSS_SVC_DUAL, C, EPSILON), true);
    }

    static LinearScores train(List<SparseVector> xs, int[] ys, int classes, int columns, Parameter parameter,
                              boolean balanced) {
        return train(problem(xs, columns), ys, classes, columns, parameter, balanced);
    }

    /** Trains on a problem built by {@link #problem}, whose values a caller may have changed in place. */
    static LinearScores train(Problem problem, int[] ys, int classes, int columns, Parameter parameter, boolean balanced) {
        int[] sizes = new int[classes];
        for (int i = 0; i < ys.length; i++) {
            problem.y[i] = ys[i];
            sizes[ys[i]]++;
        }
        parameter.setRandom(new java.util.Random(1)); // the same data gives the same model
        if (balanced) {
            balance(parameter, sizes, ys.length);
        }
        return scores(Linear.train(problem, parameter), classes, columns);
    }

    /** The texts as liblinear's problem (labels to be set), with a bias feature last in each row. */
    static Problem problem(List<SparseVector> xs, int columns) {
        Problem problem = new Problem();
        problem.l = xs.size();
        problem.n = columns + 1;
        problem.bias = 1;
        problem.x = new Feature[xs.size()][];
        problem.y = new double[xs.size()];
        for (int i = 0; i < xs.size(); i++) {
            problem.x[i] = features(xs.get(i), columns);
        }
        return problem;
    }

    private static void balance(Parameter parameter, int[] sizes, int total) {
        double[] weights = new double[sizes.length];
        int[] labels = new int[sizes.length];
        for (int c = 0; c < sizes.length; c++) {
            labels[c] = c;
            weights[c] = sizes[c] == 0 ? 1 : total / (double) (sizes.length * sizes[c]);
        }
        parameter.setWeights(weights, labels);
    }

    /** liblinear's features are 1-based; column {@code columns + 1} is the bias. */
    static Feature[] features(SparseVector x, int columns) {
        Feature[] out = new Feature[x.columns().length + 1];
        for (int i = 0; i < x.columns().length; i++) {
            out[i] = new FeatureNode(x.columns()[i] + 1, x.values()[i]);
        }
        out[out.length - 1] = new FeatureNode(columns + 1, 1);
        return out;
    }

    private static LinearScores scores(Model model, int classes, int columns) {
        float[] weights = new float[columns * classes];
        float[] bias = new float[classes];
        int[] labels = model.getLabels();
        for (int k = 0; k < labels.length; k++) {
            int c = labels[k];
            for (int j = 0; j < columns; j++) {
                weights[j * classes + c] = (float) model.getDecfunCoef(j + 1, k);
            }
            bias[c] = (float) model.getDecfunBias(k);
        }
        return new LinearScores(classes, weights, bias);
    }
}
