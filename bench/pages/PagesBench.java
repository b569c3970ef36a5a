import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Console pages on the demo (issue 10): each role signs in through the login form (session and
 * CSRF as a browser does) and asks its pages, one at a time, a warm-up round and then
 * {@code rounds} rounds; prints p50, p95 and max per page, and whether every page is under 300 ms
 * at p95. Run through bench/pages.sh.
 */
public class PagesBench {

    record Page(String user, String path) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String password = args[1];
        int rounds = Integer.getInteger("rounds", 60);
        long ticket = jianwaiTicket(args[2]);
        List<Page> pages = List.of(
                new Page("op01", "/queues"), new Page("op01", "/queues?q=returns"), new Page("op01", "/queues?q=extensions"),
                new Page("op01", "/queues?q=callbacks"), new Page("op01", "/queues?q=reopen"), new Page("op01", "/tickets/new"),
                new Page("op01", "/tickets"), new Page("op01", "/tickets?status=DISPATCHED&q=噪音"), new Page("op01", "/tickets/" + ticket),
                new Page("op01", "/board"), new Page("op01", "/assessments"), new Page("op01", "/reviews"),
                new Page("op01", "/livelihood"),
                new Page("h-110105001000", "/inbox"), new Page("h-110105001000", "/inbox/rows"),
                new Page("h-110105001000", "/tickets"), new Page("h-110105001000", "/tickets/" + ticket),
                new Page("sup-110105000000", "/board"), new Page("sup-110105000000", "/tickets"),
                new Page("sup-110105000000", "/assessments"), new Page("sup-city", "/board"),
                new Page("op01", "/tickets?district=110105000000&channel=PHONE&category=07.02"),
                new Page("demo-admin", "/admin/users"), new Page("demo-admin", "/admin/events"),
                new Page("demo-admin", "/admin/calendar"), new Page("demo-admin", "/admin/rules"),
                new Page("demo-admin", "/admin/units?q=街道"), new Page("demo-admin", "/admin/categories?under=07"));
        Map<String, HttpClient> sessions = new LinkedHashMap<>();
        for (Page p : pages) {
            if (!sessions.containsKey(p.user())) {
                sessions.put(p.user(), signIn(base, p.user(), password));
            }
        }
        Map<Page, long[]> times = new LinkedHashMap<>();
        pages.forEach(p -> times.put(p, new long[rounds]));
        for (int round = -1; round < rounds; round++) { // round -1: warm-up
            for (Page p : pages) {
                long start = System.nanoTime();
                HttpResponse<String> r = sessions.get(p.user()).send(HttpRequest.newBuilder(URI.create(base + encode(p.path())))
                        .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
                long took = System.nanoTime() - start;
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(p + " answered " + r.statusCode());
                }
                if (round >= 0) {
                    times.get(p)[round] = took;
                }
            }
        }
        System.out.println("==== console pages on the demo (" + rounds + " rounds each, one request at a time) ====");
        System.out.printf("%-18s %-58s %8s %8s %8s%n", "user", "page", "p50 ms", "p95 ms", "max ms");
        double worst = 0;
        for (var e : times.entrySet()) {
            long[] t = e.getValue();
            Arrays.sort(t);
            double p95 = t[(int) Math.ceil(t.length * 0.95) - 1] / 1e6;
            worst = Math.max(worst, p95);
            System.out.printf("%-18s %-58s %8.1f %8.1f %8.1f%n", e.getKey().user(), e.getKey().path(), t[t.length / 2] / 1e6,
                    p95, t[t.length - 1] / 1e6);
        }
        System.out.printf("worst p95: %.1f ms; target (every page under 300 ms at p95): %s%n", worst, worst < 300 ? "met" : "NOT met");
    }

    /** A session as a browser gets it: the login page's CSRF token, then the form posted. */
    static HttpClient signIn(String base, String user, String password) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(5)).build();
        String login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.uri().getPath().startsWith("/login")) {
            throw new IllegalStateException(user + " could not sign in");
        }
        return http;
    }

    static String encode(String path) {
        return path.replace("噪音", URLEncoder.encode("噪音", StandardCharsets.UTF_8));
    }

    /** A ticket 建外街道 holds, for the ticket page. */
    static long jianwaiTicket(String jdbcUrl) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", Files.readString(Path.of(System.getProperty("pgpassfile"))).strip());
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT ticket_id FROM assignment WHERE unit_code = '110105001000' ORDER BY id DESC LIMIT 1")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
