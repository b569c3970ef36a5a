package org.minhu.dispatch;

import java.util.Arrays;

/**
 * An open-addressing map from a non-zero {@code long} feature hash to an {@code int}: the feature
 * counts of one text and the model's feature columns, without boxing a million keys.
 */
final class LongIntTable {

    private long[] keys;
    private int[] values;
    private int size;

    LongIntTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(8, expected * 2) - 1) << 1;
        keys = new long[capacity];
        values = new int[capacity];
    }

    /** Adds {@code delta} to the key's value (absent keys count as 0). */
    void add(long key, int delta) {
        int slot = slot(key);
        if (keys[slot] == 0) {
            keys[slot] = key;
            if (++size * 2 > keys.length) {
                grow();
                slot = slot(key);
            }
        }
        values[slot] += delta;
    }

    /** The key's value, or {@code missing}. */
    int get(long key, int missing) {
        int slot = slot(key);
        return keys[slot] == 0 ? missing : values[slot];
    }

    int size() {
        return size;
    }

    /** Calls back every key and value (in no particular order). */
    void forEach(Entry entry) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                entry.accept(keys[i], values[i]);
            }
        }
    }

    long memoryBytes() {
        return keys.length * 12L;
    }

    interface Entry {
        void accept(long key, int value);
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        int slot = (int) (key ^ (key >>> 32)) * 0x9E3779B9 & mask;
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    static long[] sortedKeys(LongIntTable table) {
        long[] out = new long[table.size];
        int[] n = {0};
        table.forEach((k, v) -> out[n[0]++] = k);
        Arrays.sort(out);
        return out;
    }
}
