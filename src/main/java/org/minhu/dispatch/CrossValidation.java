package org.minhu.dispatch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * k-fold cross-validation of the whole training (vocabulary, SVM and calibration learnt anew
 * without the fold): each text's suggestion from the model that did not see it. Stratified folds
 * with a fixed seed, so a run repeats.
 */
final class CrossValidation {

    private CrossValidation() {
    }

    static List<CategorySuggestion> suggestions(List<LabelledText> texts, int k) {
        List<String> labels = new ArrayList<>(new TreeSet<>(texts.stream().map(LabelledText::label).toList()));
        int[] ys = texts.stream().mapToInt(t -> labels.indexOf(t.label())).toArray();
        int[] fold = StratifiedFolds.of(ys, labels.size(), k);
        CategorySuggestion[] out = new CategorySuggestion[texts.size()];
        for (int f = 0; f < k; f++) {
            int held = f;
            List<LabelledText> training = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                if (fold[i] != held) {
                    training.add(texts.get(i));
                }
            }
            CategoryClassifier model = CategoryClassifier.train(training);
            for (int i = 0; i < texts.size(); i++) {
                if (fold[i] == held) {
                    out[i] = model.classify(texts.get(i).text());
                }
            }
        }
        return Arrays.asList(out);
    }
}
