package org.minhu.assessment;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.minhu.directory.UnitKind;

/**
 * The assessment rules as dated data: for a month, each peer group's weights are those of its
 * latest row effective in or before the month, and so are α, β, the minimum sample and the
 * governance-list size. A change from July leaves January to June as they were scored.
 */
final class ScoringRules {

    /** One peer group's weights from a month on. */
    record WeightRow(YearMonth from, UnitKind group, ScoringRule.Weights weights) {
    }

    /** α, β, minimum sample and governance-list size from a month on. */
    record SettingRow(YearMonth from, BigDecimal alpha, BigDecimal beta, int minSample, int governanceSize) {
    }

    private final List<WeightRow> weights;
    private final NavigableMap<YearMonth, SettingRow> settings = new TreeMap<>();

    ScoringRules(List<WeightRow> weights, List<SettingRow> settings) {
        this.weights = List.copyOf(weights);
        settings.forEach(s -> this.settings.put(s.from(), s));
    }

    /** The rules in force in {@code month}. */
    ScoringRule inForce(YearMonth month) {
        var setting = settings.floorEntry(month);
        if (setting == null) {
            throw new IllegalStateException("No assessment settings in force in " + month);
        }
        Map<UnitKind, ScoringRule.Weights> byGroup = new EnumMap<>(UnitKind.class);
        Map<UnitKind, YearMonth> since = new EnumMap<>(UnitKind.class);
        YearMonth effective = setting.getKey();
        for (WeightRow row : weights) {
            YearMonth known = since.get(row.group());
            if (!row.from().isAfter(month) && (known == null || row.from().isAfter(known))) {
                byGroup.put(row.group(), row.weights());
                since.put(row.group(), row.from());
                effective = row.from().isAfter(effective) ? row.from() : effective;
            }
        }
        SettingRow s = setting.getValue();
        return new ScoringRule(effective, byGroup, s.alpha(), s.beta(), s.minSample(), s.governanceSize());
    }
}
