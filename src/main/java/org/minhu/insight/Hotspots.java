package org.minhu.insight;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minhu.directory.Actor;
import org.minhu.directory.Role;
import org.minhu.directory.Units;
import org.minhu.platform.MinhuException;
import org.minhu.ticket.AssignmentRole;
import org.minhu.ticket.Channel;
import org.minhu.ticket.CreateTicket;
import org.minhu.ticket.Intake;
import org.minhu.ticket.RequestType;
import org.minhu.ticket.Route;
import org.minhu.ticket.TicketCommand;
import org.minhu.ticket.Urgency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The weekly hotspot report (热点): surges of a category in a street or community against its own
 * past weeks, and clusters of near-identical complaints about one building or business, for the
 * centre and the supervisors (a district's only its district). Each can be made a proactive ticket
 * (channel PROACTIVE) led by its street, once.
 */
@Service
public class Hotspots {

    private final HotspotFinder finder;
    private final JdbcClient jdbc;
    private final Intake intake;
    private final Units units;
    private final Clock clock;
    private final ZoneId zone;

    Hotspots(HotspotFinder finder, JdbcClient jdbc, Intake intake, Units units, Clock clock, ZoneId cityZone) {
        this.finder = finder;
        this.jdbc = jdbc;
        this.intake = intake;
        this.units = units;
        this.clock = clock;
        this.zone = cityZone;
    }

    /** The week holding {@code day} (this week when null), in {@code district} (a district supervisor: theirs). */
    public HotspotReport report(LocalDate day, String district, Actor actor) {
        String scope = scope(district, actor);
        LocalDate week = weekOf(day);
        Map<String, Long> made = made(week);
        return new HotspotReport(week, week.plusDays(6), scope, finder.surges(week, scope, made),
                finder.clusters(week, scope, made));
    }

    /**
     * Makes the hotspot {@code key} of that week a proactive ticket for its street, dispatched to it
     * as lead; a hotspot made one already answers that ticket's id.
     */
    public long makeProactive(String key, LocalDate day, Actor actor) {
        if (!actor.is(Role.OPERATOR)) {
            throw MinhuException.forbidden("The 12345 centre dispatches proactive tickets");
        }
        LocalDate week = weekOf(day);
        Long existing = made(week).get(key);
        if (existing != null) {
            return existing;
        }
        HotspotReport report = report(day, null, actor);
        String street;
        String category;
        String text;
        var surge = report.surges().stream().filter(s -> s.key().equals(key)).findFirst();
        var cluster = report.clusters().stream().filter(c -> c.key().equals(key)).findFirst();
        if (surge.isPresent()) {
            Surge s = surge.get();
            street = s.streetCode();
            category = s.categoryCode();
            text = "热点（主动治理）：" + name(s.unitCode()) + "本周" + s.count() + "件同类诉求，此前每周平均"
                    + s.weeklyMean() + "件。请街乡排查原因、源头治理。";
        } else if (cluster.isPresent()) {
            Cluster c = cluster.get();
            street = c.streetCode();
            category = c.categoryCode();
            text = "热点（主动治理）：同一地点" + c.ticketIds().size() + "件相似诉求（" + String.join("、", c.numbers())
                    + "），如：" + c.sample();
        } else {
            throw MinhuException.notFound("hotspot", key);
        }
        if (street == null) {
            throw MinhuException.invalid("NO_STREET", "The hotspot lies in no street or township to lead it");
        }
        String content = text.length() > 5000 ? text.substring(0, 5000) : text;
        CreateTicket request = new CreateTicket(Channel.PROACTIVE, RequestType.REPORT, content, "热点：" + name(street),
                Urgency.NORMAL, category, null, new CreateTicket.Location(null, null, null, street));
        long id = intake.create(request, actor, "hotspot-" + Integer.toHexString(key.hashCode()), ticket -> List.of(
                new TicketCommand.Dispatch(ticket, street, AssignmentRole.LEAD, Route.DIRECT))).ticket().id();
        jdbc.sql("INSERT INTO hotspot_ticket (hotspot_key, ticket_id, made_at, made_by) VALUES (:k, :t, :at, :by)"
                        + " ON CONFLICT DO NOTHING")
                .param("k", key).param("t", id).param("at", clock.instant().atOffset(java.time.ZoneOffset.UTC))
                .param("by", actor.username()).update();
        return made(week).getOrDefault(key, id);
    }

    /** The Monday of the week holding {@code day} (today when null), city time. */
    private LocalDate weekOf(LocalDate day) {
        return (day == null ? LocalDate.now(clock.withZone(zone)) : day).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The week's hotspots made proactive tickets, by key (a key holds its week after its kind: "S:2026-12-07:…"). */
    private Map<String, Long> made(LocalDate week) {
        Map<String, Long> made = new HashMap<>();
        jdbc.sql("SELECT hotspot_key, ticket_id FROM hotspot_ticket WHERE substring(hotspot_key from 3 for 10) = :week")
                .param("week", week.toString()).query((rs, n) -> made.put(rs.getString(1), rs.getLong(2))).list();
        return made;
    }

    private String name(String code) {
        return units.nameOf(code).orElse(code);
    }

    private static String scope(String district, Actor actor) {
        return switch (actor.role()) {
            case OPERATOR, ADMIN -> blank(district);
            case SUPERVISOR -> actor.citywide() ? blank(district) : actor.districtCode();
            case HANDLER -> throw MinhuException.forbidden("Hotspots are the centre's and the supervisors'");
        };
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
