package org.minhu.review;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.minhu.assessment.AssessmentView;
import org.minhu.assessment.Assessments;
import org.minhu.assessment.Indicators;
import org.minhu.assessment.Livelihood;
import org.minhu.directory.Actor;
import org.minhu.directory.Role;
import org.minhu.directory.Unit;
import org.minhu.directory.UnitKind;
import org.minhu.directory.Units;
import org.minhu.platform.MinhuException;
import org.springframework.stereotype.Service;

/**
 * Puts a month's review pack together from the assessment: for the centre, admins and supervisors
 * (a district's supervisors their own district's pack; the city's pack to citywide readers).
 */
@Service
public class ReviewPacks {

    private static final List<UnitKind> STREETS = List.of(UnitKind.SUBDISTRICT, UnitKind.TOWNSHIP);
    private static final List<UnitKind> CITY_TABLES = List.of(UnitKind.DISTRICT, UnitKind.SUBDISTRICT,
            UnitKind.TOWNSHIP, UnitKind.DEPARTMENT, UnitKind.ENTERPRISE);
    private static final List<UnitKind> DISTRICT_TABLES = List.of(UnitKind.SUBDISTRICT, UnitKind.TOWNSHIP,
            UnitKind.COMMUNITY);

    private final Assessments assessments;
    private final Indicators indicators;
    private final Units units;
    private final UnitCards cards;
    private final Livelihood livelihood;
    /** Packs of published runs, kept a minute: a run is frozen; indicators uploaded later show within the minute. */
    private final com.github.benmanes.caffeine.cache.Cache<Key, ReviewPack> published;

    private record Key(YearMonth month, String scope, Locale locale, long runId) {
    }

    ReviewPacks(Assessments assessments, Indicators indicators, Units units, UnitCards cards, Livelihood livelihood,
                java.time.Clock clock) {
        this.published = org.minhu.platform.Caches.on(clock).expireAfterWrite(java.time.Duration.ofMinutes(1))
                .maximumSize(200).build();
        this.livelihood = livelihood;
        this.assessments = assessments;
        this.indicators = indicators;
        this.units = units;
        this.cards = cards;
    }

    /** The pack of the month for the district (null: the city), its comments in {@code locale}. */
    public ReviewPack pack(YearMonth month, String district, Actor reader, Locale locale) {
        String scope = scope(district, reader);
        var run = assessments.publishedRun(month);
        if (run.isPresent()) {
            return published.get(new Key(month, scope, locale, run.get()), k -> build(month, scope, reader, locale));
        }
        return build(month, scope, reader, locale);
    }

    private ReviewPack build(YearMonth month, String scope, Actor reader, Locale locale) {
        Unit place = scope == null ? null : units.find(scope).filter(u -> u.kind() == UnitKind.DISTRICT)
                .orElseThrow(() -> MinhuException.invalid("INVALID_PARAMETER", "unknown-district",
                        "No district has the code " + scope, Map.of("district", scope)));
        MonthRows rows = MonthRows.read(assessments, month, scope == null ? CITY_TABLES : DISTRICT_TABLES, scope, reader);
        var tables = new ArrayList<ReviewPack.RankingTable>();
        rows.byGroup().forEach((group, list) -> tables.add(new ReviewPack.RankingTable(group, list)));
        var indicatorTables = indicators.all().stream().filter(i -> i.peerGroups().stream().anyMatch(STREETS::contains))
                .map(i -> new ReviewPack.IndicatorTable(i, indicators.ranked(i.code(), month, null, scope, reader)))
                .toList();
        var lists = assessments.lists(month, scope, reader);
        AssessmentView first = rows.first();
        return new ReviewPack(month, scope, place == null ? null : place.name(), first.status(), first.scoredAt(),
                first.rules(), tables, cards.of(month, scope, rows, indicatorTables, reader, locale), indicatorTables,
                Speakers.of(rows, lists, scope, () -> assessments.lists(month.minusMonths(1), scope, reader)), lists,
                livelihood.month(month, scope, reader));
    }

    private static String scope(String district, Actor reader) {
        if (reader.is(Role.HANDLER)) {
            throw MinhuException.forbidden("The review pack is for the centre and the supervisors");
        }
        if (reader.is(Role.SUPERVISOR) && !reader.citywide()) {
            if (district != null && !district.equals(reader.districtCode())) {
                throw MinhuException.forbidden("A district's supervisors read their own district's review pack");
            }
            return reader.districtCode();
        }
        return district == null || district.isBlank() ? null : district.strip();
    }
}
