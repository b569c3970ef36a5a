package org.minhu.assessment;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.minhu.directory.Actor;
import org.minhu.directory.Unit;
import org.minhu.platform.MinhuException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 七有五性 monitor: a district's (or the city's) requests of a month per livelihood dimension,
 * per 10,000 residents, against the month before and the same month a year before, and the
 * streets and townships behind them ({@link LivelihoodMonth}). Read by the console and the review
 * pack; who reads which district: the centre's operators, administrators and the city's
 * supervisors any, a district's supervisors their own, handlers none. The category mapping is
 * {@link LivelihoodMappings}'.
 */
@Service
public class Livelihood {

    /** How many streets and townships each dimension names. */
    public static final int TOP_UNITS = 3;

    private final LivelihoodMonthQuery query;
    private final LivelihoodPlaces places;
    private final Clock clock;
    private final ZoneId zone;
    private final LivelihoodCache cache;

    Livelihood(LivelihoodMonthQuery query, LivelihoodPlaces places, Clock clock, ZoneId cityZone, LivelihoodCache cache) {
        this.cache = cache;
        this.query = query;
        this.places = places;
        this.clock = clock;
        this.zone = cityZone;
    }

    /**
     * The month of {@code district} (a district's code; null: the city, or a district supervisor's
     * own district). 400 {@code INVALID_PARAMETER} for a month not begun or a code that is no
     * district, 403 {@code FORBIDDEN} outside the reader's scope.
     */
    @Transactional(readOnly = true)
    public LivelihoodMonth month(YearMonth month, String district, Actor reader) {
        if (month.isAfter(YearMonth.now(clock.withZone(zone)))) {
            throw MinhuException.invalid("INVALID_PARAMETER", "future-month", "The month " + month + " has not begun",
                    Map.of("month", month.toString()));
        }
        String shown = LivelihoodScope.district(reader, places.district(district));
        var place = places.place(shown);
        boolean over = month.isBefore(YearMonth.now(clock.withZone(zone)));
        return cache.month(month, shown, over, () -> query.month(month, place, TOP_UNITS));
    }

    /** The districts the reader may choose (a district supervisor: only their own); 403 for handlers. */
    public List<Unit> districts(Actor reader) {
        String own = LivelihoodScope.district(reader, null);
        boolean any = LivelihoodScope.choosesDistrict(reader);
        return places.districts().stream().filter(u -> any || u.code().equals(own)).toList();
    }

    /** Whether the reader may read the whole city. */
    public boolean citywide(Actor reader) {
        return LivelihoodScope.choosesDistrict(reader);
    }

}
