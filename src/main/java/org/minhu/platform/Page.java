package org.minhu.platform;

import java.util.List;
import java.util.function.Function;

/** One page of a list, as every list endpoint answers: {@code {content, page, size, totalElements}}. */
public record Page<T>(List<T> content, int page, int size, long totalElements) {

    public static final int MAX_SIZE = 500;

    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(content.stream().map(f).toList(), page, size, totalElements);
    }

    /** Checks page and size from a request; 400 {@code INVALID_PARAMETER} when out of range. */
    public static void check(int page, int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw MinhuException.invalid("INVALID_PARAMETER", "page must be ≥ 0 and size between 1 and " + MAX_SIZE);
        }
    }
}
