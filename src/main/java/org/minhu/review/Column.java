package org.minhu.review;

import java.util.function.Function;

/**
 * A column of a workbook table: its header (a message key), how a row gives its value, how the
 * value is shown, and its width in characters.
 */
record Column<T>(String header, Function<T, Object> value, Format format, int width) {

    /** How a cell shows its value. */
    enum Format { TEXT, INTEGER, SCORE, RATE, DECIMAL }

    static <T> Column<T> text(String header, Function<T, Object> value, int width) {
        return new Column<>(header, value, Format.TEXT, width);
    }

    static <T> Column<T> integer(String header, Function<T, Object> value) {
        return new Column<>(header, value, Format.INTEGER, 8);
    }

    static <T> Column<T> score(String header, Function<T, Object> value) {
        return new Column<>(header, value, Format.SCORE, 9);
    }

    static <T> Column<T> rate(String header, Function<T, Object> value) {
        return new Column<>(header, value, Format.RATE, 9);
    }

    static <T> Column<T> decimal(String header, Function<T, Object> value) {
        return new Column<>(header, value, Format.DECIMAL, 10);
    }
}
