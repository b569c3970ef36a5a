package org.minhu.directory;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.minhu.platform.MinhuException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.DependsOn;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The directory on PostgreSQL. {@link #all()} is held in memory (a few thousand units that change
 * rarely) for {@link #CACHE_TTL} or until {@link #evict()}; single look-ups always read the table.
 */
@Component
@DependsOn("referenceUnitLoader")
class JdbcUnits implements Units, UnitNames {

    static final Duration CACHE_TTL = Duration.ofMinutes(5);

    static final String COLUMNS = "u.code, u.name, u.kind, u.parent_code, u.district_code, u.population, u.valid_from, u.valid_to";

    static final RowMapper<Unit> UNIT = JdbcUnits::unit;

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile Snapshot snapshot;

    private record Snapshot(LocalDate day, Instant loadedAt, List<Unit> units, java.util.Map<String, Unit> byCode) {
    }

    JdbcUnits(JdbcClient jdbc, ObjectProvider<Clock> clock, @Value("${minhu.zone:Asia/Shanghai}") String zone) {
        this.jdbc = jdbc;
        this.clock = clock.getIfAvailable(() -> Clock.system(ZoneId.of(zone)));
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
        all();
        return Optional.ofNullable(snapshot.byCode().get(code.strip()));
    }

    @Override
    public List<Unit> all() {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        Snapshot current = snapshot;
        if (current == null || !current.day().equals(today) || current.loadedAt().plus(CACHE_TTL).isBefore(now)) {
            List<Unit> units = jdbc.sql("SELECT " + COLUMNS + """
                     FROM unit u
                    WHERE u.valid_from <= ? AND (u.valid_to IS NULL OR u.valid_to > ?)
                    ORDER BY u.code
                    """).param(today).param(today).query(UNIT).list();
            java.util.Map<String, Unit> byCode = new java.util.HashMap<>();
            units.forEach(u -> byCode.put(u.code(), u));
            current = new Snapshot(today, now, List.copyOf(units), java.util.Map.copyOf(byCode));
            snapshot = current;
        }
        return current.units();
    }

    /** Forgets the cached {@link #all()}; call after changing units. */
    void evict() {
        snapshot = null;
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
