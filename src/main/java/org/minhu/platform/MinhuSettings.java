package org.minhu.platform;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.util.unit.DataSize;

/**
 * The {@code minhu.*} settings, bound once at start-up (from {@code application.yml}, the
 * {@code MINHU_*} variables it maps, or any other property source), each with its default here
 * and nowhere else. A bean that needs a setting takes this record by its constructor. Three
 * settings are read by Spring itself rather than by a bean, where they are used:
 * {@code minhu.db.query-timeout} (in {@code application.yml}), {@code minhu.sweep.*} and
 * {@code minhu.calendar.coverage-check.*} (in their schedules' annotations).
 *
 * @param zone          the city's time zone: working days, ticket numbers and months are counted in it
 * @param dataDir       where the embedded PostgreSQL keeps its data and its password file
 * @param adminPassword the first administrator's password; blank: a random one, logged once
 * @param db            the database
 * @param http          limits on HTTP requests
 * @param signIn        the brake on password guessing
 * @param demo          the demo city month
 * @param calendar      the State Council holiday calendar
 * @param deadlines     the deadline rules
 * @param assessment    the monthly assessment's run
 * @param classifier    the category classifier's training
 * @param search        the full-text index
 * @param knowledge     the knowledge base's review queue
 * @param duplicates    duplicate requests proposed at intake
 * @param hotspots      surges and clusters in the weekly hotspot report
 */
@ConfigurationProperties("minhu")
public record MinhuSettings(@DefaultValue("Asia/Shanghai") ZoneId zone, @DefaultValue("./data") String dataDir,
                            String adminPassword, @DefaultValue Db db, @DefaultValue Http http,
                            @DefaultValue SignIn signIn, @DefaultValue Demo demo, @DefaultValue Calendar calendar,
                            @DefaultValue Deadlines deadlines, @DefaultValue Assessment assessment,
                            @DefaultValue Classifier classifier, @DefaultValue Search search,
                            @DefaultValue Knowledge knowledge, @DefaultValue Duplicates duplicates,
                            @DefaultValue Hotspots hotspots) {

    public MinhuSettings {
        adminPassword = adminPassword == null ? "" : adminPassword;
    }

    @Override
    public String toString() { // never a password, should the settings ever be logged
        return "MinhuSettings[zone=" + zone + ", dataDir=" + dataDir + ", " + db + ", " + http + ", " + signIn + ", "
                + demo + ", " + calendar + ", " + deadlines + ", " + assessment + ", " + classifier + ", " + search + ", " + knowledge + ", " + duplicates + ", " + hotspots + "]";
    }

    /**
     * @param url          an external PostgreSQL's JDBC URL; blank: the embedded one under {@code data-dir}
     * @param user         the external database's user
     * @param password     the external database's password
     * @param poolSize     the most connections the pool opens
     * @param embeddedPort the embedded server's port; 0: any free one
     */
    public record Db(String url, String user, String password, @DefaultValue("32") int poolSize,
                     @DefaultValue("0") int embeddedPort) {

        public Db {
            url = url == null ? "" : url;
            user = user == null ? "" : user;
            password = password == null ? "" : password;
        }

        @Override
        public String toString() {
            return "Db[url=" + url + ", user=" + user + ", poolSize=" + poolSize + ", embeddedPort=" + embeddedPort + "]";
        }
    }

    /** @param maxBodySize the largest API request body (413 {@code PAYLOAD_TOO_LARGE} beyond) */
    public record Http(@DefaultValue("256KB") DataSize maxBodySize) {
    }

    /**
     * @param userFailures    failed sign-ins within {@code window} that block a user name
     * @param addressFailures failed sign-ins within {@code window} that block an address
     * @param window          how far back failures count
     * @param firstBlock      the first block, doubling with each further failure
     * @param longestBlock    the longest block
     */
    public record SignIn(@DefaultValue("5") int userFailures, @DefaultValue("50") int addressFailures,
                         @DefaultValue("PT15M") Duration window, @DefaultValue("PT1M") Duration firstBlock,
                         @DefaultValue("PT15M") Duration longestBlock) {
    }

    /**
     * @param enabled  load the demo city's months at start-up (also {@code --demo})
     * @param password the demo users' password; blank: a random one, logged once
     * @param tickets  how many tickets the demo has over all its months
     * @param months   how many full months before the current one it covers (each published)
     * @param seed     the seed of the demo's dice: the same seed, the same city
     */
    public record Demo(@DefaultValue("false") boolean enabled, String password, @DefaultValue("100000") int tickets,
                       @DefaultValue("3") int months, @DefaultValue("12345") long seed) {

        public Demo {
            password = password == null ? "" : password;
            if (months < 0) {
                throw new IllegalArgumentException("minhu.demo.months counts full months back, 0 or more, not " + months);
            }
        }

        @Override
        public String toString() {
            return "Demo[enabled=" + enabled + ", tickets=" + tickets + ", months=" + months + ", seed=" + seed + "]";
        }
    }

    /**
     * @param holidays        a newer holiday file in the {@code chinese-days} format; absent: the copy
     *                        bundled under {@code reference/calendar/}
     * @param refreshInterval how often a node looks for calendar years entered on another node
     * @param warnDays        warn when the official calendar ends in fewer days than this
     */
    public record Calendar(Resource holidays, @DefaultValue("PT30S") Duration refreshInterval,
                           @DefaultValue("60") int warnDays) {
    }

    /** @param cacheTtl how long a node uses the deadline rules it read before reading them again */
    public record Deadlines(@DefaultValue("PT1M") Duration cacheTtl) {
    }

    /**
     * @param runDay   the day of the month (1–28) from which last month is scored and published by itself
     * @param runAt    the time of day (city time) from which it is
     * @param staleRun how long a run may hold its month before another node takes over (a crashed node)
     * @param autoRun  whether last month is published by itself (off: only by {@code POST …/run})
     * @param runTimeout how long the run's statements may take (a request's are cut at {@code db.query-timeout})
     * @param previewInterval how often a month not yet published is scored in the background for its readers
     */
    public record Assessment(@DefaultValue("1") int runDay, @DefaultValue("02:00") java.time.LocalTime runAt,
                             @DefaultValue("PT30M") Duration staleRun, @DefaultValue("true") boolean autoRun,
                             @DefaultValue("PT10M") Duration runTimeout,
                             @DefaultValue("PT10M") Duration previewInterval) {

        public Assessment {
            if (runDay < 1 || runDay > 28) {
                throw new IllegalArgumentException("minhu.assessment.run-day is a day 1 to 28, not " + runDay);
            }
        }
    }

    /**
     * The category classifier: retrained from the history by itself ({@code autoTrain}) at
     * {@code retrainCron} (weekly), and once at start when no model exists yet.
     */
    public record Classifier(@DefaultValue("true") boolean autoTrain, @DefaultValue("0 30 3 * * MON") String retrainCron) {
    }

    /**
     * The full-text index each node keeps under {@code data-dir/index}.
     *
     * @param followInterval how often a node reads the ticket events since its index's horizon
     *                       (read by its schedule's annotation)
     * @param commitInterval how often what it followed is made durable (after a crash it reads again from there)
     * @param ramBufferMb    the writer's buffer before it writes a segment
     * @param maxWindow      how deep a search pages (page × size); deeper is refused: narrow the search
     */
    public record Search(@DefaultValue("PT1S") Duration followInterval, @DefaultValue("PT10S") Duration commitInterval,
                         @DefaultValue("128") int ramBufferMb, @DefaultValue("10000") int maxWindow) {
    }

    /**
     * An article's answers keep failing when, of at least {@code minCallbacks} callbacks on tickets
     * answered from it, more than {@code failRate} found the problem unresolved or the citizen
     * dissatisfied; it then joins its owner's review queue.
     */
    public record Knowledge(@DefaultValue("0.3") double failRate, @DefaultValue("5") int minCallbacks) {
    }

    /**
     * Open tickets proposed as the same matter at intake: created within {@code window} before, of
     * the same category (when both have one), at the same place ({@code radiusMetres} apart at most
     * when both have a point), with text at least {@code minSimilarity} alike (0–1); the caller's
     * own tickets over {@code repeatWindow} are shown too.
     */
    public record Duplicates(@DefaultValue("P7D") Duration window, @DefaultValue("300") int radiusMetres,
                             @DefaultValue("0.35") double minSimilarity, @DefaultValue("P30D") Duration repeatWindow) {
    }

    /**
     * The weekly hotspot report. A surge: a category's tickets in a street or community over a week
     * number at least {@code minCount} and stand at least {@code zScore} deviations above the place's
     * own weekly mean for it over the {@code baselineWeeks} before (a deviation being √(mean + 1), as
     * for rare counts). A cluster: at least {@code clusterSize} tickets of the week of one category
     * at one address or community whose texts are {@code clusterLikeness} alike, one to the next.
     */
    public record Hotspots(@DefaultValue("8") int baselineWeeks, @DefaultValue("5") int minCount,
                           @DefaultValue("3.0") double zScore, @DefaultValue("3") int clusterSize,
                           @DefaultValue("0.5") double clusterLikeness) {
    }
}
