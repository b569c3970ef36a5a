package org.minhu.directory;

import java.util.List;

/** One page of units: {@code page} counts from 0. */
record UnitPage(List<UnitView> content, int page, int size, long totalElements) {
}
