package org.minhu.directory;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.minhu.platform.MinhuException;
import org.minhu.platform.TableFile;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resident populations (常住人口) of units, imported by an administrator from a CSV or a workbook
 * with the columns {@code code} and {@code population}: every row is checked (a unit that exists,
 * a whole number from 0 to 30,000,000, each unit once) and none is written when one is wrong
 * ({@code INVALID_IMPORT} with every bad row). The per-10,000 figures read them.
 */
@Service
public class Populations {

    static final int MAX = 30_000_000;
    static final List<String> COLUMNS = List.of("code", "population");

    private final JdbcClient jdbc;
    private final JdbcUnits units;
    private final AdminEvents events;
    private final Clock clock;

    Populations(JdbcClient jdbc, JdbcUnits units, AdminEvents events, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.events = events;
        this.clock = clock;
    }

    /** Imports a CSV ({@code xlsx} false) or an Excel workbook; answers how many units were set. */
    @Transactional
    public int importFile(byte[] content, boolean xlsx, Actor actor) {
        if (!actor.is(Role.ADMIN)) {
            throw MinhuException.forbidden("Administrators import populations");
        }
        Optional<List<TableFile.Line>> lines = xlsx ? TableFile.workbook(content, DateTimeFormatter.ISO_LOCAL_DATE)
                : TableFile.csv(content == null ? "" : new String(content, java.nio.charset.StandardCharsets.UTF_8), COLUMNS);
        if (lines.isEmpty()) {
            throw refused(List.of(new TableFile.Problem(0, xlsx ? "The file is not an Excel workbook (.xlsx)"
                    : "The file is not CSV with the columns code, population")));
        }
        List<String> codes = new ArrayList<>();
        List<Integer> people = new ArrayList<>();
        List<TableFile.Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TableFile.Line line : lines.get()) {
            String problem = check(line, seen, codes, people);
            if (problem != null) {
                problems.add(new TableFile.Problem(line.number(), problem));
            }
        }
        if (codes.isEmpty() && problems.isEmpty()) {
            problems.add(new TableFile.Problem(0, "The file has no rows"));
        }
        if (!problems.isEmpty()) {
            throw refused(problems);
        }
        jdbc.sql("""
                UPDATE unit u SET population = r.population
                FROM unnest(CAST(:codes AS varchar[]), CAST(:people AS integer[])) AS r(code, population)
                WHERE u.code = r.code""")
                .param("codes", codes.toArray(String[]::new)).param("people", people.toArray(Integer[]::new)).update();
        units.evict();
        events.record(clock.instant(), actor.username(), "POPULATIONS_IMPORTED", codes.size() + " units", Map.of("units", codes.size()));
        return codes.size();
    }

    private String check(TableFile.Line line, Set<String> seen, List<String> codes, List<Integer> people) {
        String code = line.get("code");
        if (code.isEmpty() || units.find(code).isEmpty()) {
            return "No unit " + code;
        }
        int population;
        try {
            population = Integer.parseInt(line.get("population").replace(",", ""));
        } catch (NumberFormatException e) {
            return "The population is a whole number, not " + line.get("population");
        }
        if (population < 0 || population > MAX) {
            return "The population is from 0 to " + MAX + ", not " + population;
        }
        if (!seen.add(code)) {
            return "A second row of " + code;
        }
        codes.add(code);
        people.add(population);
        return null;
    }

    private static MinhuException refused(List<TableFile.Problem> problems) {
        return new MinhuException(HttpStatus.BAD_REQUEST, "INVALID_IMPORT", "The file has " + problems.size()
                + " bad rows; nothing was imported", Map.of("problems", problems, "count", problems.size()));
    }
}
