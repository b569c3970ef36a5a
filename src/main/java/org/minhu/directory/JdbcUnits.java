package org.minhu.directory;

import com.github.benmanes.caffeine.cache.LoadingCache;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.minhu.platform.Caches;
import org.minhu.platform.MinhuException;
import org.springframework.context.annotation.DependsOn;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The directory on PostgreSQL. The whole table (a few thousand units that change rarely) is held
 * in memory as a {@link UnitSnapshot} per day, read again at the first use after {@link #REFRESH}
 * (on the injected clock) or after {@link #evict()}: {@link #all()}, {@link #inForce} and
 * {@link #nameOf} answer from it. Other single look-ups always read the table.
 */
@Component
@DependsOn("referenceUnitLoader")
class JdbcUnits implements Units, UnitNames {

    /**
     * How long a node uses the units it read: routing rebuilds its place names as often from
     * {@link #all()}, so a new or renamed unit is routable within twice this, a minute.
     */
    static final Duration REFRESH = Duration.ofSeconds(30);

    static final String COLUMNS = "u.code, u.name, u.kind, u.parent_code, u.district_code, u.population, u.valid_from, u.valid_to";

    static final RowMapper<Unit> UNIT = JdbcUnits::unit;

    private final JdbcClient jdbc;
    private final Clock clock;
    /** By day, since which units are in force changes at midnight; yesterday's goes unused and expires. */
    private final LoadingCache<LocalDate, UnitSnapshot> snapshots;

    JdbcUnits(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.snapshots = Caches.on(clock).refreshAfterWrite(REFRESH).expireAfterAccess(Duration.ofHours(1))
                .build(Caches.keeping("the units", this::read));
    }

    @Override
    public Optional<Unit> find(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM unit u WHERE u.code = ?").param(code.strip()).query(UNIT).optional();
    }

    @Override
    public Unit require(String code) {
        return find(code).orElseThrow(() -> MinhuException.notFound("unit", code));
    }

    @Override
    public Optional<Unit> inForce(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(snapshot().inForceByCode().get(code.strip()));
    }

    @Override
    public Optional<String> nameOf(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(snapshot().names().get(code.strip()));
    }

    @Override
    public List<Unit> all() {
        return snapshot().inForce();
    }

    private UnitSnapshot snapshot() {
        return snapshots.get(LocalDate.now(clock));
    }

    private UnitSnapshot read(LocalDate day) {
        return UnitSnapshot.of(jdbc.sql("SELECT " + COLUMNS + " FROM unit u ORDER BY u.code").query(UNIT).list(), day);
    }

    /** Forgets the cached {@link #all()}; call after changing units. */
    void evict() {
        snapshots.invalidateAll();
    }

    @Override
    public List<Unit> named(String nameOrAlias) {
        if (nameOrAlias == null || nameOrAlias.isBlank()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM unit u
                WHERE u.name = :name
                   OR u.code IN (SELECT a.unit_code FROM unit_alias a WHERE a.alias = :name)
                ORDER BY u.code
                """).param("name", nameOrAlias.strip()).query(UNIT).list();
    }

    @Override
    public List<java.util.Map.Entry<String, String>> allAliases() {
        return jdbc.sql("SELECT alias, unit_code FROM unit_alias ORDER BY alias, unit_code")
                .query((rs, n) -> java.util.Map.entry(rs.getString("alias"), rs.getString("unit_code"))).list();
    }

    @Override
    public List<String> aliases(String code) {
        return jdbc.sql("SELECT alias FROM unit_alias WHERE unit_code = ? ORDER BY alias")
                .param(code).query(String.class).list();
    }

    static Unit unit(ResultSet rs, int row) throws SQLException {
        Date validTo = rs.getDate("valid_to");
        return new Unit(rs.getString("code"), rs.getString("name"), UnitKind.valueOf(rs.getString("kind")),
                rs.getString("parent_code"), rs.getString("district_code"), rs.getObject("population", Integer.class),
                rs.getDate("valid_from").toLocalDate(), validTo == null ? null : validTo.toLocalDate());
    }
}
