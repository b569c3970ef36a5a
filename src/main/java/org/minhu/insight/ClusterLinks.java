package org.minhu.insight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Single-link clusters of texts: two texts are linked when their bigram likeness
 * ({@link TextLikeness}) reaches the threshold, and a cluster is what the links join. Blocks are
 * small (one category at one place in one week), so every pair is compared.
 */
final class ClusterLinks {

    private ClusterLinks() {
    }

    /** The groups of at least {@code minSize} indexes into {@code texts}, largest first. */
    static List<List<Integer>> of(List<String> texts, double threshold, int minSize) {
        int n = texts.size();
        int[] parent = new int[n];
        List<Set<String>> grams = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            grams.add(TextLikeness.bigrams(texts.get(i)));
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (find(parent, i) != find(parent, j) && dice(grams.get(i), grams.get(j)) >= threshold) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        Map<Integer, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> out = new ArrayList<>(groups.values().stream().filter(g -> g.size() >= minSize).toList());
        out.sort((a, b) -> b.size() - a.size());
        return out;
    }

    static double dice(Set<String> x, Set<String> y) {
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String g : x) {
            if (y.contains(g)) {
                shared++;
            }
        }
        return 2.0 * shared / (x.size() + y.size());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
