package org.minhu.dispatch;

/** The features of one text, counted per block ({@link TextFeatures#CHARS}, WORDS, HEAD_CHARS). */
final class FeatureCounts {

    private final LongIntTable[] blocks = new LongIntTable[TextFeatures.BLOCKS];

    private FeatureCounts(int length) {
        // a text of n characters has at most 2n character n-grams: sized so the tables never grow
        blocks[TextFeatures.CHARS] = new LongIntTable(2 * length);
        blocks[TextFeatures.WORDS] = new LongIntTable(length);
        blocks[TextFeatures.HEAD_CHARS] = new LongIntTable(2 * TextFeatures.HEAD);
    }

    static FeatureCounts of(String text) {
        FeatureCounts counts = new FeatureCounts(text.length());
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
