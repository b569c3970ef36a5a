package org.minhu.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.minhu.assessment.UnitHistory;
import org.springframework.stereotype.Component;

/** Figures as the review page prints them: {@code ${@figures.rate(x)}}, a dash where there is none. */
@Component
class ReviewFigures {

    static final String NONE = "—";

    public String rate(BigDecimal rate) {
        return rate == null ? NONE : rate.movePointRight(2).setScale(1, RoundingMode.HALF_UP) + "%";
    }

    public String score(BigDecimal score) {
        return score == null ? NONE : score.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    public String rank(Integer rank) {
        return rank == null ? NONE : rank.toString();
    }

    /** ↑2 when the rank rose by two places, ↓1, = unchanged, a dash when not ranked both months. */
    public String change(Integer change) {
        if (change == null) {
            return NONE;
        }
        return change > 0 ? "↑" + change : change < 0 ? "↓" + (-change) : "=";
    }

    /**
     * The composite of twelve months as an SVG polyline's points in a 120 × 30 box (0 at the bottom,
     * 100 at the top); months without a score are left out.
     */
    public String sparkline(List<UnitHistory.Point> points) {
        return dots(points).stream().map(xy -> xy[0] + "," + xy[1]).collect(Collectors.joining(" "));
    }

    /** The same points as {@code [x, y]} pairs, for a dot on each month that has a score. */
    public List<String[]> dots(List<UnitHistory.Point> points) {
        return IntStream.range(0, points.size()).filter(i -> points.get(i).compositeScore() != null)
                .mapToObj(i -> new String[] {String.valueOf(i * 120 / Math.max(1, points.size() - 1)),
                        BigDecimal.valueOf(30).subtract(points.get(i).compositeScore().multiply(BigDecimal.valueOf(0.3)))
                                .setScale(1, RoundingMode.HALF_UP).toPlainString()})
                .toList();
    }
}
