package org.minhu.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code classify-eval} command, run in-process on small files. */
class ClassifyEvalTest {

    @TempDir
    Path dir;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void endsWithAccuracyAndMacroF1AfterTrainingOnOneFileAndTestingOnAnother() throws IOException {
        List<LabelledText> texts = ClassifierExamples.training();
        Path train = file("train.tsv", texts.subList(0, 60));
        Path test = file("test.tsv", texts.subList(60, texts.size()));
        assertThat(run("classify-eval", "--train", train.toString(), "--test", test.toString())).isEqualTo(0);
        assertThat(lastLine()).matches("accuracy=1\\.0000 macro_f1=1\\.0000");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("confusion matrix", ClassifierExamples.SCHOOL);
    }

    @Test
    void crossValidatesWithFolds() throws IOException {
        Path train = file("train.tsv", ClassifierExamples.training());
        assertThat(run("classify-eval", "--train", train.toString(), "--folds", "3")).isEqualTo(0);
        assertThat(lastLine()).matches("accuracy=[01]\\.\\d{4} macro_f1=[01]\\.\\d{4}");
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("3-fold cross-validation over 72 texts");
    }

    @Test
    void answersTwoWithTheUsageOnBadArguments() throws IOException {
        Path train = file("train.tsv", ClassifierExamples.training());
        assertUsage("no value after --train", "classify-eval", "--train");
        assertUsage("give --train and exactly one of --test and --folds", "classify-eval");
        assertUsage("give --train and exactly one of --test and --folds", "classify-eval", "--train", train.toString());
        assertUsage("exactly one", "classify-eval", "--train", train.toString(), "--test", train.toString(), "--folds", "5");
        assertUsage("--folds must be a whole number from 2 to 20, not five", "classify-eval", "--train", train.toString(), "--folds", "five");
        assertUsage("--folds must be a whole number from 2 to 20, not 1", "classify-eval", "--train", train.toString(), "--folds", "1");
        assertUsage("no such file: " + dir.resolve("missing.tsv"), "classify-eval", "--train", dir.resolve("missing.tsv").toString(), "--folds", "5");
        assertUsage("unknown argument --tset", "classify-eval", "--train", train.toString(), "--tset", train.toString());
    }

    @Test
    void answersTwoOnAFileWithoutLabels() throws IOException {
        Path bad = dir.resolve("bad.tsv");
        Files.writeString(bad, "label\ttext\n城乡建设\t暖气不热\nno tab here\n");
        assertUsage("bad.tsv line 3: expected label<TAB>text", "classify-eval", "--train", bad.toString(), "--folds", "2");
    }

    private void assertUsage(String message, String... args) {
        err.reset();
        out.reset();
        assertThat(run(args)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(message, ClassifyEval.USAGE);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    private int run(String... args) {
        return ClassifyEval.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String lastLine() {
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        return lines[lines.length - 1];
    }

    private Path file(String name, List<LabelledText> texts) throws IOException {
        StringBuilder tsv = new StringBuilder("label\ttext\n");
        texts.forEach(t -> tsv.append(t.label()).append('\t').append(t.text()).append('\n'));
        return Files.writeString(dir.resolve(name), tsv);
    }
}
