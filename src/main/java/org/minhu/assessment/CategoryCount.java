package org.minhu.assessment;

/** How many of a unit's requests of a month fell in one category, and the category's place among them. */
public record CategoryCount(String unitCode, String categoryCode, long requests, int place) {
}
