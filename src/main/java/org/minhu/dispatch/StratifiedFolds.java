package org.minhu.dispatch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Stratified k-fold assignment: each class's texts shuffled with a fixed seed and dealt round the folds. */
final class StratifiedFolds {

    static final long SEED = 42;

    private StratifiedFolds() {
    }

    /** The fold (0 … k−1) of each text. */
    static int[] of(int[] ys, int classes, int k) {
        int[] fold = new int[ys.length];
        Random random = new Random(SEED);
        int dealt = 0;
        for (int c = 0; c < classes; c++) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < ys.length; i++) {
                if (ys[i] == c) {
                    members.add(i);
                }
            }
            Collections.shuffle(members, random);
            // continuing the deal across classes keeps small classes from all starting in fold 0
            for (int member : members) {
                fold[member] = dealt++ % k;
            }
        }
        return fold;
    }
}
