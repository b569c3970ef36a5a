package org.minhu.dispatch;

import java.io.PrintStream;
import java.util.List;

/**
 * How well suggestions matched the known categories: the confusion matrix (rows: known, columns:
 * suggested), accuracy and macro-F1 (each category's F1 counts the same, so the small ones matter).
 */
record Evaluation(List<String> labels, int[][] confusion) {

    static Evaluation of(List<String> labels, List<String> known, List<String> suggested) {
        int[][] confusion = new int[labels.size()][labels.size()];
        for (int i = 0; i < known.size(); i++) {
            int row = labels.indexOf(known.get(i));
            if (row >= 0) { // a category the model never saw is simply not counted as a row
                confusion[row][labels.indexOf(suggested.get(i))]++;
            }
        }
        return new Evaluation(labels, confusion);
    }

    double accuracy() {
        int right = 0;
        int all = 0;
        for (int c = 0; c < labels.size(); c++) {
            right += confusion[c][c];
            for (int d = 0; d < labels.size(); d++) {
                all += confusion[c][d];
            }
        }
        return all == 0 ? 0 : right / (double) all;
    }

    double f1(int c) {
        int falsePositives = 0;
        int falseNegatives = 0;
        for (int d = 0; d < labels.size(); d++) {
            if (d != c) {
                falsePositives += confusion[d][c];
                falseNegatives += confusion[c][d];
            }
        }
        int truePositives = confusion[c][c];
        return truePositives == 0 ? 0 : 2.0 * truePositives / (2 * truePositives + falsePositives + falseNegatives);
    }

    double macroF1() {
        double sum = 0;
        for (int c = 0; c < labels.size(); c++) {
            sum += f1(c);
        }
        return sum / labels.size();
    }

    void print(PrintStream out) {
        out.println("confusion matrix (rows: known category, columns: suggested, in the order of the rows)");
        for (int c = 0; c < labels.size(); c++) {
            StringBuilder row = new StringBuilder(String.format("%-3d %-10s", c + 1, labels.get(c)));
            for (int d = 0; d < labels.size(); d++) {
                row.append(String.format("%6d", confusion[c][d]));
            }
            out.println(row.append(String.format("   F1 %.4f", f1(c))));
        }
    }

    String lastLine() {
        return String.format(java.util.Locale.ROOT, "accuracy=%.4f macro_f1=%.4f", accuracy(), macroF1());
    }
}
