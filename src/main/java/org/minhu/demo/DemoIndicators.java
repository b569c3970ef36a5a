package org.minhu.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import org.minhu.assessment.Indicator;
import org.minhu.assessment.Indicators;
import org.minhu.directory.Actor;
import org.minhu.directory.Role;
import org.minhu.directory.Unit;
import org.minhu.directory.UnitKind;
import org.springframework.stereotype.Component;

/**
 * The indicators the review meeting ranks beside 12345, with believable values for the demo's full
 * months: PM2.5 (lower is better), garbage sorting, the safety index and illegal-construction
 * removal. Each street and township keeps a level of its own with a little noise month to month,
 * so that the drafted comments find units in front on one and behind on another. Defined and
 * imported as the demo's administrator, through the one import path.
 */
@Component
class DemoIndicators {

    /** An indicator and how its values spread: around {@code mean}, levels by {@code spread}, months by {@code noise}. */
    record Spec(String code, String nameZh, String nameEn, String unitOfMeasure, boolean higherIsBetter, double mean,
                double spread, double noise, int decimals) {
    }

    static final List<Spec> SPECS = List.of(
            new Spec("PM25", "PM2.5累计浓度", "PM2.5 concentration", "μg/m³", false, 32, 6, 2.5, 1),
            new Spec("GARBAGE", "垃圾分类", "Garbage sorting", "分", true, 88, 5, 2, 1),
            new Spec("SAFETY", "平安指数", "Safety index", "分", true, 92, 3, 1.5, 1),
            new Spec("DEMOLITION", "拆违", "Illegal-construction removal", "㎡", true, 3000, 1500, 800, 0));

    private final Indicators indicators;

    DemoIndicators(Indicators indicators) {
        this.indicators = indicators;
    }

    /** Defines the indicators and imports every street's and township's values for the {@code months} full months. */
    void load(List<Unit> streets, YearMonth present, int months, long seed) {
        Actor admin = new Actor(DemoUsers.ADMIN, Role.ADMIN, null, null);
        Random random = new Random(seed ^ 0x1D1CA7);
        for (Spec spec : SPECS) {
            indicators.define(new Indicator(spec.code(), spec.nameZh(), spec.nameEn(), spec.unitOfMeasure(),
                    spec.higherIsBetter(), List.of(UnitKind.SUBDISTRICT, UnitKind.TOWNSHIP)), admin);
            StringBuilder csv = new StringBuilder("unitCode,month,value\n");
            for (Unit street : streets) {
                double level = spec.mean() + spec.spread() * random.nextGaussian();
                for (YearMonth m = present.minusMonths(months); m.isBefore(present); m = m.plusMonths(1)) {
                    double value = Math.max(0, level + spec.noise() * random.nextGaussian());
                    csv.append(street.code()).append(',').append(m).append(',')
                            .append(BigDecimal.valueOf(value).setScale(spec.decimals(), RoundingMode.HALF_UP)).append('\n');
                }
            }
            indicators.importValues(spec.code(), csv.toString(), admin);
        }
    }
}
