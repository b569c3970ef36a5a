package org.minhu.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.minhu.calendar.Deadlines;
import org.minhu.calendar.WorkingCalendar;
import org.minhu.directory.NewUser;
import org.minhu.directory.RandomPassword;
import org.minhu.directory.Units;
import org.minhu.directory.Users;
import org.minhu.dispatch.Categories;
import org.minhu.platform.MinhuSettings;
import org.minhu.ticket.TicketImport;
import org.minhu.ticket.TicketImport.Historic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo city's months, once: the tickets and the published assessment of every month
 * before the current one in one transaction, under an advisory lock so that several nodes
 * started with {@code --demo} load it once between them; then the current month's preview. It is
 * there already when the demo operators exist and have registered tickets; then nothing is done.
 */
@Service
public class DemoLoader {

    /**
     * What a load did. {@code skipped}: the demo was there already; {@code published}: the months
     * whose assessment it published.
     */
    public record Outcome(boolean skipped, int usersCreated, TicketImport.Result tickets, List<YearMonth> published,
                          Duration took) {
    }

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);
    private static final long LOCK = 0x6D696E6875_64656DL; // "minhu" "dem"

    private final Users users;
    private final Units units;
    private final Categories categories;
    private final TicketImport tickets;
    private final DemoAssessments assessments;
    private final DemoIndicators indicators;
    private final DemoSuggestions suggestions;
    private final DemoArticles knowledge;
    private final Deadlines deadlines;
    private final WorkingCalendar calendar;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ZoneId zone;
    private final String configuredPassword;
    private final int ticketCount;
    private final int months;
    private final long seed;

    DemoLoader(Users users, Units units, Categories categories, TicketImport tickets, DemoAssessments assessments,
               DemoIndicators indicators, DemoSuggestions suggestions, DemoArticles knowledge,
               Deadlines deadlines, WorkingCalendar calendar, JdbcClient jdbc, TransactionTemplate transaction,
               Clock clock, ZoneId cityZone, MinhuSettings settings) {
        this.users = users;
        this.units = units;
        this.categories = categories;
        this.tickets = tickets;
        this.assessments = assessments;
        this.indicators = indicators;
        this.knowledge = knowledge;
        this.suggestions = suggestions;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.zone = cityZone;
        this.configuredPassword = settings.demo().password();
        this.ticketCount = settings.demo().tickets();
        this.months = settings.demo().months();
        this.seed = settings.demo().seed();
    }

    /** Loads the demo unless it is there already. */
    public Outcome load() {
        long start = System.nanoTime();
        Outcome outcome = transaction.execute(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(LOCK).query().singleRow();
            if (users.exists(DemoUsers.OPERATORS.getFirst()) && tickets.anyCreatedBy(DemoUsers.OPERATORS)) {
                return new Outcome(true, 0, null, List.of(), Duration.ZERO);
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            DemoCity city = new DemoCity(units.all());
            List<NewUser> demoUsers = DemoUsers.all(city);
            boolean generated = configuredPassword.isBlank();
            String password = generated ? RandomPassword.next() : configuredPassword;
            int created = users.createAllWithPassword(demoUsers, password);
            announce(created, demoUsers.size(), generated ? password : null);

            long planning = System.nanoTime();
            DemoPlanner planner = new DemoPlanner(city, DemoTexts.load(), categories.leaves(), deadlines, calendar,
                    zone, now, ticketCount, months, seed);
            List<Historic> planned = planner.plan();
            long replaying = System.nanoTime();
            TicketImport.Result result = tickets.importAll(planned, now);
            long publishing = System.nanoTime();
            indicators.load(city.streets, YearMonth.from(now.atZone(zone)), months, seed);
            knowledge.load();
            List<YearMonth> published = assessments.publish(YearMonth.from(now.atZone(zone)), months);
            log.info("Demo: planned {} tickets in {} ms, replayed and wrote them in {} ms, published {} in {} ms; "
                            + "laggard units by month: {}", planned.size(), (replaying - planning) / 1_000_000,
                    (publishing - replaying) / 1_000_000, published, (System.nanoTime() - publishing) / 1_000_000,
                    planner.laggards());
            return new Outcome(false, created, result, published, Duration.ZERO);
        });
        if (outcome.skipped()) {
            log.info("Demo data is there already (demo operators and their tickets exist): nothing loaded");
            return outcome;
        }
        assessments.preview(YearMonth.from(clock.instant().atZone(zone)));
        suggestions.suggestForCurrentMonth();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        TicketImport.Result r = outcome.tickets();
        log.info("Demo loaded in {} ms: {} users created, {} tickets, {} assignments, {} callbacks, {} events; "
                        + "tickets by status {}; assignments by status {}",
                took.toMillis(), outcome.usersCreated(), r.tickets(), r.assignments(), r.callbacks(), r.events(),
                format(r.byStatus()), format(r.assignmentsByStatus()));
        return new Outcome(false, outcome.usersCreated(), r, outcome.published(), took);
    }

    private void announce(int created, int total, String generatedPassword) {
        String examples = String.join(", ", DemoUsers.OPERATORS.getFirst(), "h-110105001000 (建外街道)",
                "h-E11000000004 (北京热力集团)", "h-D11000000005 (市市场监管局)", "sup-110105000000 (朝阳区)",
                DemoUsers.CITY_SUPERVISOR, DemoUsers.ADMIN);
        if (created == 0) {
            log.info("Demo users exist already; they keep their passwords");
        } else if (generatedPassword != null) {
            // The one time this password is shown.
            log.warn("Demo: created {} users (of {}) with the password: {}  (shown once; set MINHU_DEMO_PASSWORD to choose it). "
                    + "Operators op01…op05, handlers h-<unit code> for every street, township, department and utility, "
                    + "supervisors sup-<district code> and sup-city, admin demo-admin; e.g. {}", created, total,
                    generatedPassword, examples);
        } else {
            log.info("Demo: created {} users (of {}) with the password from MINHU_DEMO_PASSWORD; e.g. {}",
                    created, total, examples);
        }
    }

    private static <K extends Enum<K>> String format(Map<K, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ", "{", "}"));
    }
}
