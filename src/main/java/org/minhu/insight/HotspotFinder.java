package org.minhu.insight;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minhu.platform.MinhuSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds a week's hotspots in SQL: the surges by one grouping over the week and the weeks before
 * (a street's tickets are those placed in it or in one of its communities, or led by it), and the
 * blocks of a week's tickets of one category at one address or community, whose texts are then
 * linked ({@link ClusterLinks}); consultations are answered from the knowledge base and form no
 * cluster. Merged duplicates do not count.
 */
@Component
class HotspotFinder {

    /** A ticket's street or township: its place's (the place itself, or a community's street), else its lead street. */
    static final String STREET = " CASE WHEN p.kind IN ('SUBDISTRICT','TOWNSHIP') THEN p.code"
            + " WHEN p.kind = 'COMMUNITY' THEN p.parent_code ELSE l.code END ";
    /** The joins {@link #STREET} reads ({@code t} the ticket). */
    static final String STREET_JOINS = " LEFT JOIN unit p ON p.code = t.location_unit_code"
            + " LEFT JOIN unit l ON l.code = t.lead_unit_code AND l.kind IN ('SUBDISTRICT','TOWNSHIP') ";

    private static final String PLACED = """
            SELECT t.id, t.number, t.created_at, t.category_code, t.district_code, t.content, t.address, t.type,
                   CASE WHEN p.kind = 'COMMUNITY' THEN p.code END AS community, """ + STREET + """
             AS street
            FROM ticket t""" + STREET_JOINS + """

            WHERE t.status <> 'MERGED' AND t.category_code IS NOT NULL
              AND (CAST(:district AS varchar) IS NULL OR t.district_code = :district)""";

    private final JdbcClient jdbc;
    private final MinhuSettings.Hotspots settings;
    private final ZoneId zone;

    HotspotFinder(JdbcClient jdbc, MinhuSettings settings, ZoneId cityZone) {
        this.jdbc = jdbc;
        this.settings = settings.hotspots();
        this.zone = cityZone;
    }

    List<Surge> surges(LocalDate week, String district, Map<String, Long> made) {
        Instant start = week.atStartOfDay(zone).toInstant();
        return jdbc.sql("WITH placed AS (" + PLACED + " AND t.created_at >= :baseline AND t.created_at < :end), "
                        + """
                        counts AS (
                            SELECT CASE WHEN GROUPING(community) = 0 THEN 'COMMUNITY' ELSE 'STREET' END AS level,
                                   coalesce(community, street) AS unit, street, min(district_code) AS district, category_code,
                                   count(*) FILTER (WHERE created_at >= :start) AS current,
                                   count(*) FILTER (WHERE created_at < :start) / CAST(:weeks AS float8) AS mean
                            FROM placed WHERE street IS NOT NULL
                            GROUP BY GROUPING SETS ((street, category_code), (street, community, category_code))
                            HAVING GROUPING(community) = 1 OR community IS NOT NULL)
                        SELECT level, unit, street, district, category_code, current, mean,
                               (current - mean) / sqrt(mean + 1) AS z
                        FROM counts
                        WHERE current >= :minCount AND (current - mean) / sqrt(mean + 1) >= :z
                        ORDER BY z DESC, current DESC, unit, category_code LIMIT 100""")
                .param("district", district).param("start", at(start)).param("end", at(start.plusSeconds(7 * 86_400)))
                .param("baseline", at(start.minusSeconds(7L * 86_400 * settings.baselineWeeks())))
                .param("weeks", settings.baselineWeeks()).param("minCount", settings.minCount()).param("z", settings.zScore())
                .query((rs, n) -> {
                    String key = "S:" + week + ":" + rs.getString("unit") + ":" + rs.getString("category_code");
                    return new Surge(rs.getString("level"), rs.getString("unit"), rs.getString("street"),
                            rs.getString("district"), rs.getString("category_code"), rs.getLong("current"),
                            Math.round(rs.getDouble("mean") * 100) / 100.0, Math.round(rs.getDouble("z") * 10) / 10.0,
                            key, made.get(key));
                }).list();
    }

    private record Row(long id, String number, Instant at, String category, String district, String content,
                       String address, String community, String street) {
    }

    List<Cluster> clusters(LocalDate week, String district, Map<String, Long> made) {
        Instant start = week.atStartOfDay(zone).toInstant();
        Map<String, List<Row>> blocks = jdbc.sql("WITH placed AS (" + PLACED + " AND t.created_at >= :start AND t.created_at < :end), "
                        + """
                        keyed AS (SELECT placed.*, lower(regexp_replace(coalesce(address, ''),
                                      '[[:space:][:punct:]，。、；：？！“”‘’（）【】《》·]', '', 'g')) AS address_key
                                  FROM placed WHERE type <> 'CONSULTATION'),
                        blocks AS (
                            SELECT category_code, 'A' || address_key AS block FROM keyed WHERE length(address_key) >= 8
                            GROUP BY category_code, address_key HAVING count(*) >= :size
                            UNION
                            SELECT category_code, 'C' || community FROM keyed WHERE community IS NOT NULL
                            GROUP BY category_code, community HAVING count(*) >= :size)
                        SELECT b.block, k.id, k.number, k.created_at, k.category_code, k.district_code, k.content, k.address,
                               k.community, k.street
                        FROM blocks b JOIN keyed k ON k.category_code = b.category_code
                             AND b.block = CASE WHEN left(b.block, 1) = 'A' THEN 'A' || k.address_key ELSE 'C' || k.community END
                        ORDER BY b.block, b.category_code, k.created_at""")
                .param("district", district).param("start", at(start)).param("end", at(start.plusSeconds(7 * 86_400)))
                .param("size", settings.clusterSize())
                .query((rs, n) -> Map.entry(rs.getString("block") + "|" + rs.getString("category_code"),
                        new Row(rs.getLong("id"), rs.getString("number"), rs.getObject("created_at", java.time.OffsetDateTime.class)
                                .toInstant(), rs.getString("category_code"), rs.getString("district_code"),
                                rs.getString("content"), rs.getString("address"), rs.getString("community"),
                                rs.getString("street"))))
                .list().stream().collect(java.util.stream.Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
                        java.util.stream.Collectors.mapping(Map.Entry::getValue, java.util.stream.Collectors.toList())));
        List<Cluster> out = new ArrayList<>();
        blocks.forEach((block, rows) -> out.addAll(cluster(week, block, rows, made)));
        out.sort((a, b) -> b.ticketIds().size() - a.ticketIds().size());
        return out;
    }

    private List<Cluster> cluster(LocalDate week, String block, List<Row> rows, Map<String, Long> made) {
        List<Cluster> out = new ArrayList<>();
        List<List<Integer>> groups = ClusterLinks.of(rows.stream().map(Row::content).toList(), settings.clusterLikeness(),
                settings.clusterSize());
        for (List<Integer> g : groups) {
            List<Row> members = g.stream().map(rows::get).toList();
            Row first = members.getFirst();
            boolean byAddress = block.startsWith("A");
            String key = "C:" + week + ":" + block + ":" + first.id();
            out.add(new Cluster(key, first.category(), byAddress ? "ADDRESS" : "COMMUNITY",
                    byAddress ? first.address() : first.community(), first.street(), first.district(),
                    members.stream().map(Row::id).toList(), members.stream().map(Row::number).toList(), first.content(),
                    first.at(), members.getLast().at(), made.get(key)));
        }
        return out;
    }

    private static java.time.OffsetDateTime at(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }
}
