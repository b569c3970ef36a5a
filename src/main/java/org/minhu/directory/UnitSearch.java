package org.minhu.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.minhu.platform.LikePatterns;
import org.minhu.platform.Page;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The directory's listing and detail queries for the API; all filtering happens in SQL. */
@Component
class UnitSearch {

    private static final String SELECT = "SELECT " + JdbcUnits.COLUMNS + ", d.name AS district_name"
            + " FROM unit u LEFT JOIN unit d ON d.code = u.district_code";

    private static final RowMapper<UnitView> VIEW = (rs, row) -> {
        Unit u = JdbcUnits.unit(rs, row);
        return new UnitView(u.code(), u.name(), u.kind(), u.parentCode(), u.districtCode(),
                rs.getString("district_name"), u.population(), u.validFrom(), u.validTo(), null);
    };

    private final JdbcClient jdbc;
    private final UnitNames names;

    UnitSearch(JdbcClient jdbc, UnitNames names) {
        this.jdbc = jdbc;
        this.names = names;
    }

    /** Filters: kinds (empty: any), district code (null: any), text matched against name, alias or code prefix. */
    record Filter(Set<UnitKind> kinds, String districtCode, String text) {
    }

    Page<UnitView> page(Filter filter, int page, int size) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (!filter.kinds().isEmpty()) {
            conditions.add("u.kind IN (:kinds)");
            params.put("kinds", filter.kinds().stream().map(Enum::name).toList());
        }
        if (filter.districtCode() != null) {
            conditions.add("u.district_code = :district");
            params.put("district", filter.districtCode());
        }
        if (filter.text() != null) {
            conditions.add("""
                    (u.name ILIKE :pattern ESCAPE '\\' OR u.code LIKE :prefix ESCAPE '\\'
                     OR EXISTS (SELECT 1 FROM unit_alias a WHERE a.unit_code = u.code AND a.alias ILIKE :pattern ESCAPE '\\'))""");
            params.put("pattern", LikePatterns.containing(filter.text()));
            params.put("prefix", LikePatterns.startingWith(filter.text()));
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        long total = jdbc.sql("SELECT count(*) FROM unit u" + where).params(params).query(Long.class).single();
        List<UnitView> content = total <= (long) page * size ? List.of()
                : jdbc.sql(SELECT + where + " ORDER BY u.code LIMIT :limit OFFSET :offset")
                        .params(params).param("limit", size).param("offset", (long) page * size)
                        .query(VIEW).list();
        return new Page<>(content, page, size, total);
    }

    Optional<UnitView> detail(String code) {
        return jdbc.sql(SELECT + " WHERE u.code = :code").param("code", code).query(VIEW).optional()
                .map(view -> view.withAliases(names.aliases(view.code())));
    }
}
