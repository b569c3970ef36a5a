package org.minhu.dispatch;

/** What routing looks at: the address and content as written, a unit the caller named, a point, a category. */
public record RoutingQuery(String address, String content, String unitCode, Double lat, Double lng,
                           String categoryCode) {
}
