package org.minhu.dispatch;

/**
 * Where a point lies: its district, and its street or township where one was uploaded with a
 * boundary covering the point (else null). {@code onBorder}: the point lies on the border of two
 * districts (or streets) and the one with the lower code was taken.
 */
public record PointPlace(String districtCode, String subdistrictCode, boolean onBorder) {
}
