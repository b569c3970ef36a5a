package org.minhu.demo;

import java.util.List;
import java.util.Map;
import org.minhu.directory.Unit;
import org.minhu.dispatch.Category;

/**
 * Which unit works a ticket: the lead by the taxonomy's hint, where a returned ticket goes next,
 * and which department assists. Departments are chosen by the category's top-level group.
 */
final class UnitChoice {

    /** The department that assists a street, by category group; the city management committee otherwise. */
    private static final Map<String, String> ASSIST_BY_GROUP = Map.of("03", "D11000000001", "04", "D11000000019",
            "05", "D11000000003", "07", "D11000000004", "08", "D11000000005", "13", "D11000000020", "02", "D11000000006",
            "11", "D11000000012", "12", "D11000000001");
    /** The department that leads a group's tickets when the centre itself would (CENTER in the taxonomy). */
    private static final Map<String, String> DEPARTMENT_BY_GROUP = Map.of("02", "D11000000006", "09", "D11000000008",
            "10", "D11000000018", "11", "D11000000012", "12", "D11000000001", "01", "D11000000029");
    private static final String FALLBACK_DEPARTMENT = "D11000000002";

    private final DemoCity city;
    private final Dice dice;

    UnitChoice(DemoCity city, Dice dice) {
        this.city = city;
        this.dice = dice;
    }

    /** Who leads a category at a place: the hint of the taxonomy, the street by default. */
    Unit lead(Category category, Place place) {
        String kind = category.defaultUnitKind() == null ? "SUBDISTRICT" : category.defaultUnitKind();
        Unit unit = switch (kind) {
            case "DEPARTMENT", "ENTERPRISE" -> city.unit(category.defaultUnitCode());
            case "CENTER" -> dice.chance(0.3) ? city.unit(DEPARTMENT_BY_GROUP.getOrDefault(group(category), "")) : null;
            default -> null;
        };
        return unit == null ? place.street() : unit;
    }

    /** Where a returned ticket goes: the neighbouring street, or the street of the place. */
    Unit afterReturn(Unit unit, Category category, Place place) {
        if (!DemoCity.streetLevel(unit)) {
            return place.street();
        }
        List<Unit> streets = city.streetsByDistrict.get(unit.districtCode());
        if (streets == null || streets.size() < 2) {
            return city.unit(DEPARTMENT_BY_GROUP.getOrDefault(group(category), FALLBACK_DEPARTMENT));
        }
        int i = streets.indexOf(unit);
        return streets.get(i + 1 < streets.size() ? i + 1 : i - 1);
    }

    /** The department that joins a street's work as 协办, or null when the directory lacks it. */
    Unit assistant(Category category) {
        return city.unit(ASSIST_BY_GROUP.getOrDefault(group(category), FALLBACK_DEPARTMENT));
    }

    private static String group(Category category) {
        return category.code().substring(0, 2);
    }
}
