package org.minhu.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.minhu.ticket.Channel;
import org.minhu.ticket.Urgency;

/**
 * What the month's requests are: by which channel, about what (templates by weight, heating in its
 * season), and how urgent or complex. Questions the operator answers at once are weighed up so
 * that about half of all requests are answered on the call, as in Beijing.
 */
final class RequestMix {

    private static final double ANSWERED_SHARE = 0.5;
    private static final Channel[] CHANNELS = Channel.values();
    private static final double[] CHANNEL_WEIGHT = {60, 9, 12.5, 12.5, 1.3, 1.2, 1.5, 2}; // PHONE WEB APP WECHAT EMAIL MEDIA OPEN311 PROACTIVE
    /** The heating categories (供热), asked about in the heating season and hardly otherwise. */
    private static final String HEATING = "06.04";
    private static final Map<String, Double> URGENT = Map.of("06.03.01", 1.0, "06.01.01", 0.3, "06.02.01", 0.35,
            "03.02.03", 0.2, "06.04.02", 0.3, "06.06.02", 0.25, "13.01.02", 0.3);
    private static final Map<String, Double> COMPLEX = Map.ofEntries(Map.entry("02.01.01", 0.4),
            Map.entry("04.03.01", 0.35), Map.entry("04.03.02", 0.3), Map.entry("04.03.03", 0.3),
            Map.entry("03.02.04", 0.5), Map.entry("03.03.01", 0.5), Map.entry("03.03.02", 0.3),
            Map.entry("03.01.04", 0.5), Map.entry("08.02.01", 0.3), Map.entry("12.03.01", 0.2),
            Map.entry("03.01.01", 0.15), Map.entry("14.01.02", 0.4));

    private final List<DemoTexts.Template> templates;
    private final ZoneId zone;
    private final Dice dice;
    private final double answerableBoost;

    RequestMix(List<DemoTexts.Template> templates, ZoneId zone, Dice dice) {
        this.templates = templates;
        this.zone = zone;
        this.dice = dice;
        this.answerableBoost = answerableBoost(templates);
    }

    Channel channel() {
        return CHANNELS[dice.weighted(CHANNEL_WEIGHT)];
    }

    DemoTexts.Template template(Instant at) {
        boolean heating = heatingSeason(at.atZone(zone).toLocalDate());
        double[] w = new double[templates.size()];
        for (int i = 0; i < w.length; i++) {
            DemoTexts.Template t = templates.get(i);
            w[i] = t.weight() * (t.answerShare() >= 0.5 ? answerableBoost : 1.0) * (t.category().startsWith(HEATING) && !heating ? 0.1 : 1.0)
                    * (t.category().startsWith(HEATING) && heating ? 2.5 : 1.0);
        }
        return templates.get(dice.weighted(w));
    }

    Urgency urgency(String category) {
        if (dice.chance(URGENT.getOrDefault(category, 0.0))) {
            return Urgency.URGENT;
        }
        return dice.chance(COMPLEX.getOrDefault(category, 0.0)) ? Urgency.COMPLEX : Urgency.NORMAL;
    }

    /** Beijing heats from 15 November to 15 March. */
    private static boolean heatingSeason(LocalDate day) {
        return day.getMonthValue() >= 11 && !(day.getMonthValue() == 11 && day.getDayOfMonth() < 15)
                || day.getMonthValue() <= 2 || day.getMonthValue() == 3 && day.getDayOfMonth() <= 15;
    }

    /**
     * The factor on the answerable templates' weights that makes the answered share come out at
     * {@link #ANSWERED_SHARE}: proactive requests are never answered, so the rest must make up for them.
     */
    private static double answerableBoost(List<DemoTexts.Template> templates) {
        double high = 0;
        double highAnswered = 0;
        double low = 0;
        double lowAnswered = 0;
        for (DemoTexts.Template t : templates) {
            if (t.answerShare() >= 0.5) {
                high += t.weight();
                highAnswered += t.weight() * t.answerShare();
            } else {
                low += t.weight();
                lowAnswered += t.weight() * t.answerShare();
            }
        }
        double target = ANSWERED_SHARE / (1 - CHANNEL_WEIGHT[Channel.PROACTIVE.ordinal()] / 100);
        return Math.max(1, (target * low - lowAnswered) / (highAnswered - target * high));
    }
}
