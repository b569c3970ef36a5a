package org.minhu.web;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.Map;
import org.minhu.directory.UnitKind;
import org.minhu.platform.MinhuException;
import org.minhu.platform.MonthParam;
import org.minhu.platform.Values;

/**
 * The dashboard's query, checked before anything is read: a month written {@code yyyy-MM}, one of
 * the six peer groups, a district of the city, a page number from 0. A value it does not take is
 * a 400 {@code INVALID_PARAMETER} whose reason is the parameter, shown on the console's error page.
 */
record DashboardQuery(YearMonth month, UnitKind group, String district, int page) {

    /** The peer groups ranked against each other; the centre is scored but never ranked. */
    static final List<UnitKind> GROUPS = List.of(UnitKind.SUBDISTRICT, UnitKind.TOWNSHIP, UnitKind.DEPARTMENT,
            UnitKind.ENTERPRISE, UnitKind.DISTRICT, UnitKind.COMMUNITY);

    static DashboardQuery parse(String month, String group, String district, String page,
                                Supplier<YearMonth> defaultMonth, Set<String> districts) {
        return new DashboardQuery(blank(month) ? defaultMonth.get() : month(month),
                blank(group) ? UnitKind.SUBDISTRICT : group(group),
                blank(district) ? null : district(district, districts), blank(page) ? 0 : page(page));
    }

    private static YearMonth month(String text) {
        return MonthParam.parse(text, "month");
    }

    /** 400 {@code INVALID_PARAMETER} with the parameter as its reason, quoting the value back. */
    private static MinhuException refused(String parameter, String value, String english) {
        return MinhuException.invalid("INVALID_PARAMETER", parameter, english,
                Map.of("field", parameter, "value", Values.shown(value)));
    }

    private static UnitKind group(String text) {
        return GROUPS.stream().filter(g -> g.name().equals(text.strip())).findFirst()
                .orElseThrow(() -> refused("group", text, "There is no peer group \"" + Values.shown(text)
                        + "\": choose SUBDISTRICT, TOWNSHIP, DEPARTMENT, ENTERPRISE, DISTRICT or COMMUNITY"));
    }

    private static String district(String text, Set<String> districts) {
        if (!districts.contains(text.strip())) {
            throw refused("district", text, "\"" + Values.shown(text) + "\" is not a district you may look at");
        }
        return text.strip();
    }

    private static int page(String text) {
        try {
            int page = Integer.parseInt(text.strip());
            if (page >= 0 && page <= 100_000) {
                return page;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw refused("page", text, "The page \"" + Values.shown(text) + "\" is not right: pages are whole numbers from 0");
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
