package org.minhu.dispatch;

import java.util.Arrays;

/** A text as TF-IDF values at 0-based columns (sorted by column where liblinear needs it). */
record SparseVector(int[] columns, float[] values) {

    /** Collects entries block by block. */
    static final class Builder {
        private int[] columns = new int[512];
        private float[] values = new float[512];
        private int size;

        int size() {
            return size;
        }

        void add(int column, float value) {
            if (size == columns.length) {
                columns = Arrays.copyOf(columns, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            columns[size] = column;
            values[size++] = value;
        }

        /** Scales the entries from {@code from} on to Euclidean length {@code length}. */
        void scaleToLength(int from, float length) {
            double squares = 0;
            for (int i = from; i < size; i++) {
                squares += values[i] * values[i];
            }
            if (squares > 0) {
                float factor = (float) (length / Math.sqrt(squares));
                for (int i = from; i < size; i++) {
                    values[i] *= factor;
                }
            }
        }

        SparseVector unsorted() {
            return new SparseVector(Arrays.copyOf(columns, size), Arrays.copyOf(values, size));
        }
    }

    /** The same entries by ascending column. */
    SparseVector sorted() {
        long[] packed = new long[columns.length];
        for (int i = 0; i < packed.length; i++) {
            packed[i] = (long) columns[i] << 32 | (Float.floatToRawIntBits(values[i]) & 0xffffffffL);
        }
        Arrays.sort(packed);
        int[] c = new int[packed.length];
        float[] v = new float[packed.length];
        for (int i = 0; i < packed.length; i++) {
            c[i] = (int) (packed[i] >>> 32);
            v[i] = Float.intBitsToFloat((int) packed[i]);
        }
        return new SparseVector(c, v);
    }
}
