package org.minhu.dispatch;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The category each example is learnt as: its leaf where the history has at least {@link #ENOUGH}
 * examples of it, else its second level where that has enough, else its first level. So the model
 * proposes leaves where it has seen enough, and a broader category where it has not. No Spring.
 */
final class TrainingLabels {

    static final int ENOUGH = 30;

    private TrainingLabels() {
    }

    /** The label per example, from each example's leaf code and the taxonomy's parents. */
    static List<String> of(List<String> leaves, Function<String, String> parent) {
        Map<String, Integer> counts = new HashMap<>();
        for (String leaf : leaves) {
            for (String c = leaf; c != null; c = parent.apply(c)) {
                counts.merge(c, 1, Integer::sum);
            }
        }
        return leaves.stream().map(leaf -> {
            String c = leaf;
            while (counts.getOrDefault(c, 0) < ENOUGH && parent.apply(c) != null) {
                c = parent.apply(c);
            }
            return c;
        }).toList();
    }
}
