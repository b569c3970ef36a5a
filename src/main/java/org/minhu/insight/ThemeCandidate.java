package org.minhu.insight;

import java.util.List;

/**
 * A recurring citywide problem that could be a month's theme: a category with its tickets in the
 * month ({@code volume}), the streets and townships they came from ({@code spread}), the counts of
 * the six months up to it ({@code trend}, oldest first), the share of tickets whose caller had
 * already called about the same category in those months ({@code repeatRate}), its text clusters
 * ({@code clusters}: the words that set its requests apart, with the share saying each; see
 * {@link ThemePhrases}), and whether it was picked already ({@code themeId}).
 */
public record ThemeCandidate(String categoryCode, long volume, long spread, List<Long> trend, double repeatRate,
                             List<ThemePhrases.Phrase> clusters, Long themeId) {

    ThemeCandidate withClusters(List<ThemePhrases.Phrase> found) {
        return new ThemeCandidate(categoryCode, volume, spread, trend, repeatRate, found, themeId);
    }
}
