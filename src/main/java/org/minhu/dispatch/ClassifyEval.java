package org.minhu.dispatch;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/**
 * The command line evaluation of the category classifier, run without Spring or a database:
 * {@code classify-eval --train FILE --test FILE} trains on one {@code label<TAB>text} file and
 * evaluates on the other; {@code classify-eval --train FILE --folds K} cross-validates. Prints the
 * confusion matrix, the unsure table and, last, {@code accuracy=0.xxxx macro_f1=0.xxxx}.
 */
public final class ClassifyEval {

    public static final String COMMAND = "classify-eval";
    static final String USAGE = "usage: classify-eval --train FILE (--test FILE | --folds K)   (K from 2 to 20)";

    private ClassifyEval() {
    }

    /** Runs the command ({@code args[0]} is {@value #COMMAND}); answers the exit status: 0, or 2 for bad arguments. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        EvalArguments arguments;
        List<LabelledText> training;
        List<LabelledText> test;
        try {
            arguments = EvalArguments.parse(args);
            training = LabelledTexts.read(arguments.train());
            test = arguments.test() == null ? null : LabelledTexts.read(arguments.test());
        } catch (IllegalArgumentException | IOException e) {
            err.println(e instanceof IOException ? "cannot read: " + e.getMessage() : e.getMessage());
            err.println(USAGE);
            return 2;
        }
        if (training.stream().map(LabelledText::label).distinct().count() < 2) {
            err.println("the training file needs at least two categories");
            return 2;
        }
        long start = System.nanoTime();
        List<CategorySuggestion> suggestions;
        List<LabelledText> evaluated;
        if (test == null) {
            out.printf("%d-fold cross-validation over %d texts (stratified, seed %d)%n", arguments.folds(), training.size(), StratifiedFolds.SEED);
            suggestions = CrossValidation.suggestions(training, arguments.folds());
            evaluated = training;
        } else {
            CategoryClassifier model = CategoryClassifier.train(training);
            out.printf("trained on %d texts in %.1f s, %d features%n", training.size(), (System.nanoTime() - start) / 1e9, model.vocabulary.size());
            suggestions = test.stream().map(t -> model.classify(t.text())).toList();
            evaluated = test;
        }
        report(training, evaluated, suggestions, out);
        return 0;
    }

    private static void report(List<LabelledText> training, List<LabelledText> evaluated,
                               List<CategorySuggestion> suggestions, PrintStream out) {
        List<String> labels = training.stream().map(LabelledText::label).distinct().sorted().toList();
        List<String> known = evaluated.stream().map(LabelledText::label).toList();
        Evaluation evaluation = Evaluation.of(labels, known, suggestions.stream().map(CategorySuggestion::category).toList());
        evaluation.print(out);
        UnsureTable.print(suggestions, known, out);
        out.println(evaluation.lastLine());
    }
}
