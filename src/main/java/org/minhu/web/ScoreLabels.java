package org.minhu.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.stereotype.Component;

/**
 * Scores and rates as the dashboard prints them: {@code ${@scoreLabels.percent(r.responseRate)}}
 * gives 93.8%, a score two decimals, a rank change ↑3 or ↓2; a missing figure is a dash.
 */
@Component
class ScoreLabels {

    private static final String NONE = "—";

    public String score(BigDecimal score) {
        return score == null ? NONE : score.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A rate (a fraction, 0.9375) in percent with one decimal: 93.8%. */
    public String percent(BigDecimal rate) {
        return rate == null ? NONE
                : rate.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** Last month's rank minus this one's: up is better. */
    public String change(Integer change) {
        if (change == null) {
            return "";
        }
        return change > 0 ? "↑" + change : change < 0 ? "↓" + -change : "–";
    }

    /** The CSS class of a rank change: up, down or none. */
    public String direction(Integer change) {
        return change == null || change == 0 ? "same" : change > 0 ? "up" : "down";
    }
}
