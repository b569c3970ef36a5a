package org.minhu.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.minhu.platform.CleanText;
import org.minhu.platform.MinhuException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Units renamed and split, by an administrator, never rewriting the past: a renamed unit keeps its
 * code and its work, and its former name stays an alias (addresses still written with it are
 * routed); a split unit is in force until the day the parts begin, the parts (new codes, same
 * kind, parent and district) from that day, so its history stays its own and new work goes to the
 * parts. Both are recorded as administrative changes; the directory in memory is read again.
 */
@Service
public class UnitChanges {

    /** One part of a split: a new code and its name. */
    public record Part(String code, String name) {
    }

    private final JdbcClient jdbc;
    private final JdbcUnits units;
    private final AdminEvents events;
    private final Clock clock;
    private final ZoneId zone;

    UnitChanges(JdbcClient jdbc, JdbcUnits units, AdminEvents events, Clock clock, ZoneId cityZone) {
        this.jdbc = jdbc;
        this.units = units;
        this.events = events;
        this.clock = clock;
        this.zone = cityZone;
    }

    /** 更名: the unit's new name from now on, the former one kept as an alias. */
    @Transactional
    public Unit rename(String code, String newName, Actor actor) {
        admin(actor);
        Unit unit = units.require(code);
        String name = name(newName, "name");
        if (name.equals(unit.name())) {
            throw MinhuException.invalid("INVALID_UNIT_CHANGE", "same-name", "The unit is called " + name + " already",
                    Map.of("name", name));
        }
        jdbc.sql("UPDATE unit SET name = :name WHERE code = :code").param("name", name).param("code", unit.code()).update();
        jdbc.sql("INSERT INTO unit_alias (alias, unit_code) VALUES (:alias, :code) ON CONFLICT DO NOTHING")
                .param("alias", unit.name()).param("code", unit.code()).update();
        units.evict();
        events.record(clock.instant(), actor.username(), "UNIT_RENAMED", unit.code(), Map.of("from", unit.name(), "to", name));
        return units.require(unit.code());
    }

    /** 拆分: the unit ends the day before {@code from}; each part begins that day (2 to 10 parts, new codes). */
    @Transactional
    public List<Unit> split(String code, LocalDate from, List<Part> parts, Actor actor) {
        admin(actor);
        Unit unit = units.require(code);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (from == null || from.isBefore(today) || !from.isAfter(unit.validFrom())) {
            throw MinhuException.invalid("INVALID_UNIT_CHANGE", "split-day", "A split begins today or later, after the unit began",
                    Map.of("from", String.valueOf(from)));
        }
        if (unit.kind() == UnitKind.DISTRICT || unit.kind() == UnitKind.CENTER) {
            throw MinhuException.invalid("INVALID_UNIT_CHANGE", "not-split", "Districts and the centre are not split here",
                    Map.of("unit", unit.code()));
        }
        if (unit.validTo() != null) {
            throw MinhuException.invalid("INVALID_UNIT_CHANGE", "ended", "The unit ended already on " + unit.validTo(),
                    Map.of("unit", unit.code()));
        }
        if (parts == null || parts.size() < 2 || parts.size() > 10) {
            throw MinhuException.invalid("INVALID_UNIT_CHANGE", "parts", "A split makes 2 to 10 units", Map.of());
        }
        Set<String> codes = new HashSet<>();
        for (Part part : parts) {
            String partCode = part == null || part.code() == null ? "" : part.code().strip();
            if (!partCode.matches("[A-Za-z0-9]{1,32}") || !codes.add(partCode) || units.find(partCode).isPresent()) {
                throw MinhuException.invalid("INVALID_UNIT_CHANGE", "part-code",
                        "Each part needs a new code of letters and digits, not " + partCode, Map.of("partCode", partCode));
            }
            name(part.name(), "parts.name");
        }
        jdbc.sql("UPDATE unit SET valid_to = :from WHERE code = :code").param("from", from).param("code", unit.code()).update();
        for (Part part : parts) {
            jdbc.sql("""
                    INSERT INTO unit (code, name, kind, parent_code, district_code, population, valid_from)
                    VALUES (:code, :name, :kind, :parent, :district, NULL, :from)""")
                    .param("code", part.code().strip()).param("name", part.name().strip()).param("kind", unit.kind().name())
                    .param("parent", unit.parentCode()).param("district", unit.districtCode())
                    .param("from", from).update();
        }
        units.evict();
        events.record(clock.instant(), actor.username(), "UNIT_SPLIT", unit.code(), Map.of("from", from.toString(),
                "parts", parts.stream().map(p -> p.code().strip() + " " + p.name().strip()).toList()));
        return parts.stream().map(p -> units.require(p.code().strip())).toList();
    }

    private static String name(String name, String field) {
        String text = name == null ? "" : name.strip();
        if (text.isEmpty() || text.length() > 64 || !CleanText.Validator.isClean(text)) {
            throw MinhuException.invalid("VALIDATION_FAILED", "unit-name", "A unit's name is 1 to 64 characters of text",
                    Map.of("field", field));
        }
        return text;
    }

    private static void admin(Actor actor) {
        if (!actor.is(Role.ADMIN)) {
            throw MinhuException.forbidden("Administrators rename and split units");
        }
    }
}
