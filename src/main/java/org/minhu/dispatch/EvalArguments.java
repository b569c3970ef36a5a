package org.minhu.dispatch;

import java.nio.file.Files;
import java.nio.file.Path;

/** The arguments of {@code classify-eval}: a training file and either a test file or a number of folds. */
record EvalArguments(Path train, Path test, int folds) {

    /** @throws IllegalArgumentException saying what is wrong */
    static EvalArguments parse(String[] args) {
        Path train = null;
        Path test = null;
        Integer folds = null;
        for (int i = 1; i < args.length; i++) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("no value after " + args[i]);
            }
            String value = args[++i];
            switch (args[i - 1]) {
                case "--train" -> train = file(value);
                case "--test" -> test = file(value);
                case "--folds" -> folds = folds(value);
                default -> throw new IllegalArgumentException("unknown argument " + args[i - 1]);
            }
        }
        if (train == null || (test == null) == (folds == null)) {
            throw new IllegalArgumentException("give --train and exactly one of --test and --folds");
        }
        return new EvalArguments(train, test, folds == null ? 0 : folds);
    }

    private static Path file(String value) {
        Path file = Path.of(value);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + value);
        }
        return file;
    }

    private static int folds(String value) {
        try {
            int folds = Integer.parseInt(value);
            if (folds >= 2 && folds <= 20) {
                return folds;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("--folds must be a whole number from 2 to 20, not " + value);
    }
}
