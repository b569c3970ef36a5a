package org.minhu.assessment;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.minhu.directory.Unit;
import org.minhu.platform.TableFile;

/**
 * An indicator's monthly values as an administrator uploads them: CSV with the header
 * {@code unitCode,month,value}, read with Jackson's CSV module. Every bad row is reported with its
 * line number; a file with any is imported not at all.
 */
final class IndicatorImport {

    /** A checked row. */
    record Row(String unitCode, YearMonth month, BigDecimal value) {
    }

    record Result(List<Row> rows, List<TableFile.Problem> problems) {
    }

    private static final BigDecimal LIMIT = new BigDecimal("1000000000000");

    private IndicatorImport() {
    }

    /** Checks every row of a CSV against the indicator's peer groups and the directory ({@code units}: code → unit or null). */
    static Result read(String csv, Indicator indicator, Function<String, Unit> units) {
        return TableFile.csv(csv, List.of("unitCode", "month", "value")).map(lines -> check(lines, indicator, units))
                .orElseGet(() -> new Result(List.of(), List.of(new TableFile.Problem(0,
                        "The file is not CSV with the columns unitCode, month, value"))));
    }

    /** The same checks over the lines of a spreadsheet's first sheet. */
    static Result check(List<TableFile.Line> lines, Indicator indicator, Function<String, Unit> units) {
        List<Row> rows = new ArrayList<>();
        List<TableFile.Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TableFile.Line line : lines) {
            String problem = check(line.fields(), indicator, units, seen, rows);
            if (problem != null) {
                problems.add(new TableFile.Problem(line.number(), problem));
            }
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new TableFile.Problem(0, "The file has no values"));
        }
        return new Result(problems.isEmpty() ? rows : List.of(), problems);
    }

    private static String check(Map<String, String> r, Indicator indicator, Function<String, Unit> units,
                                Set<String> seen, List<Row> rows) {
        String code = strip(r.get("unitCode"));
        Unit unit = code.isEmpty() ? null : units.apply(code);
        if (unit == null) {
            return "No unit " + code;
        }
        if (!indicator.peerGroups().contains(unit.kind())) {
            return unit.name() + " (" + unit.kind() + ") is not in the indicator's peer groups " + indicator.peerGroups();
        }
        YearMonth month;
        BigDecimal value;
        try {
            month = YearMonth.parse(strip(r.get("month")));
        } catch (DateTimeParseException e) {
            return "The month is written yyyy-MM, not " + strip(r.get("month"));
        }
        try {
            value = new BigDecimal(strip(r.get("value")));
        } catch (NumberFormatException e) {
            return "The value is a number, not " + strip(r.get("value"));
        }
        if (value.abs().compareTo(LIMIT) >= 0 || value.scale() > 4) {
            return "The value " + value + " has more than 12 digits before the point or 4 after it";
        }
        if (!seen.add(code + "@" + month)) {
            return "A second value of " + code + " for " + month;
        }
        rows.add(new Row(code, month, value));
        return null;
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
