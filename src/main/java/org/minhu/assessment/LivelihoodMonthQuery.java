package org.minhu.assessment;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Runs {@link LivelihoodSql} and reads its rows as they come: every figure is the database's. */
@Component
class LivelihoodMonthQuery {

    /** The figures of one district (or the city) and month; the place's name and population given. */
    record Place(String districtCode, String districtName, Integer population) {
    }

    private final JdbcClient jdbc;
    private final ZoneId zone;

    LivelihoodMonthQuery(JdbcClient jdbc, ZoneId cityZone) {
        this.jdbc = jdbc;
        this.zone = cityZone;
    }

    LivelihoodMonth month(YearMonth month, Place place, int top) {
        long[] total = {0};
        java.math.BigDecimal[] totalPer10k = {null};
        List<LivelihoodMonth.Dimension> dimensions = jdbc.sql(LivelihoodSql.MONTH)
                .param("month", java.sql.Date.valueOf(month.atDay(1))).param("zone", zone.getId())
                .param("district", place.districtCode()).param("population", place.population()).param("top", top)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    totalPer10k[0] = rs.getBigDecimal("total_per10k");
                    return dimension(rs);
                }).list();
        return new LivelihoodMonth(month, place.districtCode(), place.districtName(), place.population(), total[0],
                totalPer10k[0], dimensions);
    }

    private static LivelihoodMonth.Dimension dimension(ResultSet rs) throws SQLException {
        return new LivelihoodMonth.Dimension(rs.getString("code"), rs.getString("family"), rs.getString("name_zh"),
                rs.getString("name_en"), rs.getLong("requests"), rs.getBigDecimal("per10k"),
                new LivelihoodMonth.Change(rs.getLong("last_month"), rs.getLong("last_month_diff"),
                        rs.getBigDecimal("last_month_pct")),
                new LivelihoodMonth.Change(rs.getLong("last_year"), rs.getLong("last_year_diff"),
                        rs.getBigDecimal("last_year_pct")),
                units(rs.getArray("codes"), rs.getArray("names"), rs.getArray("counts")));
    }

    /** The top units as the statement ordered them, the three arrays side by side. */
    private static List<LivelihoodMonth.UnitRequests> units(Array codes, Array names, Array counts) throws SQLException {
        if (codes == null) {
            return List.of();
        }
        Object[] code = (Object[]) codes.getArray();
        Object[] name = (Object[]) names.getArray();
        Object[] count = (Object[]) counts.getArray();
        List<LivelihoodMonth.UnitRequests> units = new ArrayList<>(code.length);
        for (int i = 0; i < code.length; i++) {
            units.add(new LivelihoodMonth.UnitRequests((String) code[i], (String) name[i], ((Number) count[i]).longValue()));
        }
        return List.copyOf(units);
    }
}
