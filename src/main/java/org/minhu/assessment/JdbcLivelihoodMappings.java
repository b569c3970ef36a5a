package org.minhu.assessment;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The dated category → dimension mapping (V20): what is in force in a month, and a change from a month on. */
@Component
class JdbcLivelihoodMappings {

    /** One category's mapping row; {@code categoryName} left for the caller, who has the taxonomy. */
    private static final String IN_FORCE = """
            SELECT DISTINCT ON (m.category_code) m.category_code, m.effective_month, m.changed_by, m.changed_at,
                   ARRAY(SELECT d.dimension_code FROM livelihood_mapping_dimension d
                         JOIN livelihood_dimension x ON x.code = d.dimension_code
                         WHERE d.category_code = m.category_code AND d.effective_month = m.effective_month
                         ORDER BY x.position) AS dimensions
            FROM livelihood_mapping m
            WHERE m.effective_month <= :month AND (CAST(:category AS varchar) IS NULL OR m.category_code = :category)
            ORDER BY m.category_code, m.effective_month DESC""";

    private final JdbcClient jdbc;

    JdbcLivelihoodMappings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<LivelihoodMapping.Dimension> dimensions() {
        return jdbc.sql("SELECT code, family, name_zh, name_en FROM livelihood_dimension ORDER BY position")
                .query((rs, n) -> new LivelihoodMapping.Dimension(rs.getString("code"), rs.getString("family"),
                        rs.getString("name_zh"), rs.getString("name_en"))).list();
    }

    /** Category code → its mapping in force in the month (a category with none in force is absent). */
    Map<String, LivelihoodMapping.Entry> inForce(YearMonth month) {
        return read(month, null).stream().collect(Collectors.toMap(LivelihoodMapping.Entry::categoryCode, e -> e));
    }

    /**
     * Maps the category to the dimensions from {@code from} on (until a later change); a second
     * change for the same month replaces the first. The dimensions must exist.
     */
    LivelihoodMapping.Entry write(String category, YearMonth from, List<String> dimensions, String by, Instant at) {
        Date month = Date.valueOf(from.atDay(1));
        jdbc.sql("""
                INSERT INTO livelihood_mapping (category_code, effective_month, changed_by, changed_at)
                VALUES (:category, :month, :by, :at)
                ON CONFLICT (category_code, effective_month) DO UPDATE
                    SET changed_by = EXCLUDED.changed_by, changed_at = EXCLUDED.changed_at""")
                .param("category", category).param("month", month).param("by", by)
                .param("at", java.sql.Timestamp.from(at)).update();
        jdbc.sql("DELETE FROM livelihood_mapping_dimension WHERE category_code = :category AND effective_month = :month")
                .param("category", category).param("month", month).update();
        jdbc.sql("""
                INSERT INTO livelihood_mapping_dimension (category_code, effective_month, dimension_code)
                SELECT DISTINCT :category, CAST(:month AS date), d FROM unnest(CAST(:dimensions AS varchar[])) AS d""")
                .param("category", category).param("month", month)
                .param("dimensions", dimensions.toArray(String[]::new)).update();
        return read(from, category).getFirst();
    }

    private List<LivelihoodMapping.Entry> read(YearMonth month, String category) {
        return jdbc.sql(IN_FORCE).param("month", Date.valueOf(month.atDay(1))).param("category", category)
                .query(JdbcLivelihoodMappings::entry).list();
    }

    private static LivelihoodMapping.Entry entry(ResultSet rs, int n) throws SQLException {
        var at = rs.getTimestamp("changed_at");
        return new LivelihoodMapping.Entry(rs.getString("category_code"), null,
                List.copyOf(Arrays.asList((String[]) rs.getArray("dimensions").getArray())),
                YearMonth.from(rs.getDate("effective_month").toLocalDate()), rs.getString("changed_by"),
                at == null ? null : at.toInstant());
    }
}
