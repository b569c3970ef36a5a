package org.minhu.dispatch;

/**
 * 64-bit FNV-1a hashes of features. With about a million distinct features the chance that two
 * collide is about 1 in 30 million, so a hash stands in for the feature's text.
 */
final class FeatureHash {

    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private FeatureHash() {
    }

    static long start(int block) {
        return add(OFFSET, (char) ('0' + block));
    }

    static long add(long hash, char c) {
        long h = (hash ^ (c & 0xff)) * PRIME;
        return (h ^ (c >>> 8)) * PRIME;
    }

    static long of(int block, String text) {
        long h = start(block);
        for (int i = 0; i < text.length(); i++) {
            h = add(h, text.charAt(i));
        }
        return h;
    }

    /** A word bigram: order matters, and it cannot equal either word. */
    static long pair(long first, long second) {
        return (Long.rotateLeft(first, 21) ^ second) * PRIME + 0x9e3779b97f4a7c15L;
    }
}
