package org.minhu.dispatch;

import java.util.List;

/**
 * The feature columns of a model: every feature seen in at least {@value #MIN_DF} training texts
 * (rarer ones cost time and memory and, measured, lowered macro-F1), with its smoothed inverse
 * document frequency. Turns a text's counts into its sublinear TF-IDF vector, each block scaled to
 * unit length and then by the block's weight.
 */
final class Vocabulary {

    static final int MIN_DF = 2;
    // Words and head characters add to the character n-grams; the head a little less (0.7 beat 0.5 and 1.0).
    static final float[] BLOCK_WEIGHTS = {1.0f, 1.0f, 0.7f};

    final LongIntTable columns;
    final long[] hashes;
    final float[] idf;

    Vocabulary(long[] hashes, float[] idf) {
        this.hashes = hashes;
        this.idf = idf;
        this.columns = new LongIntTable(hashes.length);
        for (int i = 0; i < hashes.length; i++) {
            columns.add(hashes[i], i + 1);
        }
    }

    static Vocabulary of(List<FeatureCounts> texts) {
        LongIntTable df = new LongIntTable(1 << 20);
        for (FeatureCounts text : texts) {
            for (int b = 0; b < TextFeatures.BLOCKS; b++) {
                // FeatureHash.start mixes in the block: the same characters in two blocks are two features
                text.block(b).forEach((hash, count) -> df.add(hash, 1));
            }
        }
        long[] kept = keptHashes(df);
        float[] idf = new float[kept.length];
        for (int i = 0; i < kept.length; i++) {
            idf[i] = (float) (Math.log((1.0 + texts.size()) / (1.0 + df.get(kept[i], 0))) + 1);
        }
        return new Vocabulary(kept, idf);
    }

    private static long[] keptHashes(LongIntTable df) {
        long[] all = LongIntTable.sortedKeys(df);
        int n = 0;
        for (long hash : all) {
            if (df.get(hash, 0) >= MIN_DF) {
                all[n++] = hash;
            }
        }
        return java.util.Arrays.copyOf(all, n);
    }

    int size() {
        return hashes.length;
    }

    /** The text's vector over this vocabulary's columns (0-based), sorted by column as liblinear wants. */
    SparseVector vector(FeatureCounts text) {
        return unsortedVector(text).sorted();
    }

    /** The text's vector in no particular order: enough for scoring, and quicker. */
    SparseVector unsortedVector(FeatureCounts text) {
        SparseVector.Builder vector = new SparseVector.Builder();
        for (int b = 0; b < TextFeatures.BLOCKS; b++) {
            int from = vector.size();
            text.block(b).forEach((hash, count) -> {
                int column = columns.get(hash, 0) - 1;
                if (column >= 0) {
                    vector.add(column, (float) ((1 + Math.log(count)) * idf[column]));
                }
            });
            vector.scaleToLength(from, BLOCK_WEIGHTS[b]);
        }
        return vector.unsorted();
    }

    long memoryBytes() {
        return columns.memoryBytes() + hashes.length * 12L;
    }
}
