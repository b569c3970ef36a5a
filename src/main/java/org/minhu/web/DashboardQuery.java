package org.minhu.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.minhu.directory.UnitKind;

/**
 * The dashboard's query, checked before anything is read: a month written {@code yyyy-MM}, one of
 * the six peer groups, a district of the city, a page number from 0. A value it does not take is
 * {@link Refused}, which the page answers with the console's error page and a 400.
 */
record DashboardQuery(YearMonth month, UnitKind group, String district, int page) {

    /** The peer groups ranked against each other; the centre is scored but never ranked. */
    static final List<UnitKind> GROUPS = List.of(UnitKind.SUBDISTRICT, UnitKind.TOWNSHIP, UnitKind.DEPARTMENT,
            UnitKind.ENTERPRISE, UnitKind.DISTRICT, UnitKind.COMMUNITY);

    /** A parameter the dashboard does not take: its name and the value given. */
    static final class Refused extends RuntimeException {

        final String parameter;
        final String value;

        Refused(String parameter, String value) {
            super("The dashboard does not take " + parameter + "=" + value, null, false, false);
            this.parameter = parameter;
            this.value = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        }
    }

    static DashboardQuery parse(String month, String group, String district, String page,
                                Supplier<YearMonth> defaultMonth, Set<String> districts) {
        return new DashboardQuery(blank(month) ? defaultMonth.get() : month(month),
                blank(group) ? UnitKind.SUBDISTRICT : group(group),
                blank(district) ? null : district(district, districts), blank(page) ? 0 : page(page));
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new Refused("month", text);
        }
    }

    private static UnitKind group(String text) {
        return GROUPS.stream().filter(g -> g.name().equals(text.strip())).findFirst()
                .orElseThrow(() -> new Refused("group", text));
    }

    private static String district(String text, Set<String> districts) {
        if (!districts.contains(text.strip())) {
            throw new Refused("district", text);
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
        throw new Refused("page", text);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
