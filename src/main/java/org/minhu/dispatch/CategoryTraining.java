package org.minhu.dispatch;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Learns the classifier from the tickets' own history: the newest {@link #LIMIT} tickets whose
 * category the operators confirmed (the ticket module's {@code classifier_example} view), each
 * labelled at the deepest level the history knows well enough ({@link TrainingLabels}), judged by
 * {@link #FOLDS}-fold cross-validation, then trained on all of them.
 */
@Component
class CategoryTraining {

    static final int LIMIT = 5_000;
    static final int FOLDS = 3;
    static final int MIN_CLASS = 20;

    /** A model with the cross-validated figures it was judged by. */
    record Trained(CategoryClassifier classifier, int examples, double macroF1, double accuracy, UnsureThreshold unsure) {
    }

    private final JdbcClient jdbc;
    private final Categories categories;

    CategoryTraining(JdbcClient jdbc, Categories categories) {
        this.jdbc = jdbc;
        this.categories = categories;
    }

    /** Learns from the tickets registered before {@code before} (null: from all of them). */
    Trained train(java.time.Instant before) {
        List<String> texts = new ArrayList<>();
        List<String> leaves = new ArrayList<>();
        jdbc.sql("""
                        SELECT subject, content, category_code FROM classifier_example WHERE CAST(:before AS timestamptz) IS NULL OR created_at < :before
                        ORDER BY created_at DESC, ticket_id DESC LIMIT :n""")
                .param("before", before == null ? null : java.sql.Timestamp.from(before)).param("n", LIMIT).query((rs, i) -> {
                    texts.add(CategoryClassifier.text(rs.getString("subject"), rs.getString("content")));
                    return leaves.add(rs.getString("category_code"));
                }).list();
        List<String> labels = TrainingLabels.of(leaves, code -> categories.find(code).map(Category::parentCode).orElse(null));
        // a category seen fewer than MIN_CLASS times cannot be learnt nor judged across the folds
        // (some training split would lack it): its tickets are left out, and it is never proposed
        var counts = labels.stream().collect(java.util.stream.Collectors.groupingBy(l -> l, java.util.stream.Collectors.counting()));
        List<LabelledText> examples = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (counts.get(labels.get(i)) >= MIN_CLASS) {
                examples.add(new LabelledText(labels.get(i), texts.get(i)));
            }
        }
        labels = examples.stream().map(LabelledText::label).toList();
        if (examples.size() < FOLDS * 2 || labels.stream().distinct().count() < 2) {
            throw new org.minhu.platform.MinhuException(org.springframework.http.HttpStatus.CONFLICT, "NOT_ENOUGH_HISTORY",
                    "The history has too few categorised tickets to learn from (" + examples.size() + ")");
        }
        var suggested = CrossValidation.suggestions(examples, FOLDS);
        var evaluation = Evaluation.of(labels.stream().distinct().sorted().toList(), labels,
                suggested.stream().map(CategorySuggestion::category).toList());
        UnsureThreshold unsure = UnsureThreshold.choose(suggested, labels);
        return new Trained(ClassifierTraining.train(examples, unsure.below()), examples.size(), evaluation.macroF1(),
                evaluation.accuracy(), unsure);
    }
}
