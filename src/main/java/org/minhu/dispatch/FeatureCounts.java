package org.minhu.dispatch;

/** The features of one text, counted per block ({@link TextFeatures#CHARS}, WORDS, HEAD_CHARS). */
final class FeatureCounts {

    private final LongIntTable[] blocks = new LongIntTable[TextFeatures.BLOCKS];

    FeatureCounts() {
        for (int b = 0; b < blocks.length; b++) {
            blocks[b] = new LongIntTable(256);
        }
    }

    static FeatureCounts of(String text) {
        FeatureCounts counts = new FeatureCounts();
        TextFeatures.extract(text, counts);
        return counts;
    }

    void add(int block, long hash) {
        // 0 marks an empty slot in the table; a hash of 0 (1 in 2^64) joins its neighbour 1.
        blocks[block].add(hash == 0 ? 1 : hash, 1);
    }

    LongIntTable block(int block) {
        return blocks[block];
    }
}
