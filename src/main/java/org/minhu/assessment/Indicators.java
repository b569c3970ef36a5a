package org.minhu.assessment;

import java.sql.Date;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.minhu.directory.Actor;
import org.minhu.directory.Role;
import org.minhu.directory.UnitKind;
import org.minhu.directory.Units;
import org.minhu.platform.MinhuException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The other indicators of the review meeting: an administrator defines them and imports their
 * monthly values (all rows or none); every reader sees them ranked within peer groups by
 * {@code RANK()}, the better end first, as the assessment's scope allows.
 */
@Service
public class Indicators {

    private static final String RANKED = """
            SELECT * FROM (
                SELECT v.unit_code, u.name, u.kind, u.district_code, v.value,
                       RANK() OVER (PARTITION BY u.kind ORDER BY CASE WHEN :higher THEN v.value END DESC,
                                    CASE WHEN NOT :higher THEN v.value END ASC) AS rank,
                       RANK() OVER (PARTITION BY u.kind, u.district_code ORDER BY CASE WHEN :higher THEN v.value END DESC,
                                    CASE WHEN NOT :higher THEN v.value END ASC) AS district_rank
                FROM indicator_value v JOIN unit u ON u.code = v.unit_code
                WHERE v.indicator_code = :code AND v.month = :month) s
            WHERE (CAST(:group AS varchar) IS NULL OR s.kind = :group)
              AND (CAST(:district AS varchar) IS NULL OR s.district_code = :district)
            ORDER BY s.kind, s.rank, s.unit_code""";

    private final JdbcClient jdbc;
    private final Units units;

    Indicators(JdbcClient jdbc, Units units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    /** Defines or redefines an indicator (ADMIN). */
    @Transactional
    public Indicator define(Indicator indicator, Actor actor) {
        admin(actor);
        IndicatorRules.check(indicator);
        jdbc.sql("""
                INSERT INTO indicator (code, name_zh, name_en, unit_of_measure, higher_is_better, peer_groups)
                VALUES (:code, :zh, :en, :uom, :higher, CAST(:groups AS varchar[]))
                ON CONFLICT (code) DO UPDATE SET name_zh = EXCLUDED.name_zh, name_en = EXCLUDED.name_en,
                    unit_of_measure = EXCLUDED.unit_of_measure, higher_is_better = EXCLUDED.higher_is_better,
                    peer_groups = EXCLUDED.peer_groups""")
                .param("code", indicator.code()).param("zh", indicator.nameZh().strip())
                .param("en", indicator.nameEn().strip()).param("uom", indicator.unitOfMeasure().strip())
                .param("higher", indicator.higherIsBetter())
                .param("groups", indicator.peerGroups().stream().map(Enum::name).toArray(String[]::new)).update();
        return find(indicator.code());
    }

    @Transactional(readOnly = true)
    public List<Indicator> all() {
        return jdbc.sql("SELECT * FROM indicator ORDER BY code").query(Indicators::indicator).list();
    }

    /** Imports a CSV of monthly values (ADMIN): every row checked, none imported when one is wrong. */
    @Transactional
    public int importValues(String code, String csv, Actor actor) {
        admin(actor);
        Indicator indicator = find(code);
        return store(code, IndicatorImport.read(csv == null ? "" : csv, indicator, c -> units.find(c).orElse(null)));
    }

    /** Imports an Excel workbook of monthly values (ADMIN), checked as a CSV is. */
    @Transactional
    public int importWorkbook(String code, byte[] xlsx, Actor actor) {
        admin(actor);
        Indicator indicator = find(code);
        var lines = org.minhu.platform.TableFile.workbook(xlsx, java.time.format.DateTimeFormatter.ofPattern("yyyy-MM"))
                .orElseThrow(() -> new MinhuException(HttpStatus.BAD_REQUEST, "INVALID_IMPORT",
                        "The file is not an Excel workbook (.xlsx)", Map.of("problems",
                        List.of(new org.minhu.platform.TableFile.Problem(0, "not an Excel workbook")), "count", 1)));
        return store(code, IndicatorImport.check(lines, indicator, c -> units.find(c).orElse(null)));
    }

    private int store(String code, IndicatorImport.Result result) {
        if (!result.problems().isEmpty()) {
            throw new MinhuException(HttpStatus.BAD_REQUEST, "INVALID_IMPORT", "The file has " + result.problems().size()
                    + " bad rows; nothing was imported", Map.of("problems", result.problems(), "count", result.problems().size()));
        }
        var rows = result.rows();
        jdbc.sql("""
                INSERT INTO indicator_value (indicator_code, unit_code, month, value)
                SELECT :code, r.unit, r.month, r.value
                FROM unnest(CAST(:units AS varchar[]), CAST(:months AS date[]), CAST(:values AS numeric[])) AS r(unit, month, value)
                ON CONFLICT (indicator_code, month, unit_code) DO UPDATE SET value = EXCLUDED.value""")
                .param("code", code)
                .param("units", rows.stream().map(IndicatorImport.Row::unitCode).toArray(String[]::new))
                .param("months", rows.stream().map(r -> r.month().atDay(1).toString()).toArray(String[]::new))
                .param("values", rows.stream().map(IndicatorImport.Row::value).toArray(java.math.BigDecimal[]::new))
                .update();
        return rows.size();
    }

    /** The month's values ranked, in the reader's scope (a handler its peer group, a district supervisor the district). */
    @Transactional(readOnly = true)
    public List<IndicatorRank> ranked(String code, YearMonth month, UnitKind group, String district, Actor reader) {
        Indicator indicator = find(code);
        UnitKind scopeGroup = reader.is(Role.HANDLER) ? units.require(reader.unitCode()).kind() : group;
        String scopeDistrict = reader.is(Role.SUPERVISOR) && !reader.citywide() ? reader.districtCode() : district;
        return jdbc.sql(RANKED).param("code", code).param("month", Date.valueOf(month.atDay(1)))
                .param("higher", indicator.higherIsBetter())
                .param("group", scopeGroup == null ? null : scopeGroup.name()).param("district", scopeDistrict)
                .query((rs, n) -> new IndicatorRank(rs.getString("unit_code"), rs.getString("name"),
                        UnitKind.valueOf(rs.getString("kind")), rs.getString("district_code"), rs.getBigDecimal("value"),
                        rs.getInt("rank"), rs.getInt("district_rank"))).list();
    }

    private Indicator find(String code) {
        return jdbc.sql("SELECT * FROM indicator WHERE code = :code").param("code", code).query(Indicators::indicator)
                .optional().orElseThrow(() -> MinhuException.notFound("indicator", code));
    }

    private static void admin(Actor actor) {
        if (!actor.is(Role.ADMIN)) {
            throw MinhuException.forbidden("Administrators define indicators and import their values");
        }
    }

    private static Indicator indicator(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String[] groups = (String[]) rs.getArray("peer_groups").getArray();
        return new Indicator(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
                rs.getString("unit_of_measure"), rs.getBoolean("higher_is_better"),
                java.util.Arrays.stream(groups).map(UnitKind::valueOf).toList());
    }
}
