package org.minhu.dispatch;

/**
 * One-vs-rest linear scores: for each class, a weight per vocabulary column and a bias, as a
 * liblinear model holds them but in floats and laid out column by column, so scoring a text reads
 * its columns' weights for all classes together.
 */
record LinearScores(int classes, float[] weights, float[] bias) {

    double[] scores(SparseVector x) {
        double[] out = new double[classes];
        for (int c = 0; c < classes; c++) {
            out[c] = bias[c];
        }
        int[] columns = x.columns();
        float[] values = x.values();
        for (int i = 0; i < columns.length; i++) {
            int base = columns[i] * classes;
            for (int c = 0; c < classes; c++) {
                out[c] += weights[base + c] * values[i];
            }
        }
        return out;
    }

    long memoryBytes() {
        return weights.length * 4L + bias.length * 4L;
    }
}
