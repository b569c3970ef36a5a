import java.net.URI;
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
import java.util.Base64;
import java.util.List;

/**
 * Whole-suggestion benchmark (issue 9): {@code POST /api/v1/suggestions} for every raw message of
 * the shared data (subject and detail as typed) with a Beijing address taken from the demo's
 * tickets, one request at a time on one keep-alive connection, after a warm-up pass over all of
 * them. Two latencies: the client's (HTTP, JSON and the sign-in cache included) and the server's
 * own measure of the suggestion (classification, place, units with the history query), from the
 * answer's {@code Server-Timing} header; the target is on the latter.
 *
 * Run through bench/suggest.sh; by hand:
 *   java -cp postgresql.jar SuggestBench.java http://127.0.0.1:PORT ADMIN_PASSWORD jdbc:postgresql://127.0.0.1:PGPORT/postgres RAW_TSV
 * Settings (system properties): pgpassfile (the data directory's postgres.password).
 */
public class SuggestBench {

    static final String OPERATOR = "bench-op";
    static final String OPERATOR_PASSWORD = "bench-operator-password";

    record Request(String subject, String content, String address) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        createOperator(http, base, args[1]);
        String auth = basic(OPERATOR, OPERATOR_PASSWORD);
        int version = awaitModel(http, base, auth);
        List<Request> requests = requests(Path.of(args[3]), addresses(args[2]));
        System.out.printf("model version %d; %d raw messages, each with a demo address%n", version, requests.size());

        run(http, base, auth, requests); // warm-up: the JIT compiles the path first, as on a server that has run a while
        long[] nanos = new long[requests.size()];
        double[] server = new double[requests.size()];
        int[] counts = new int[4]; // place found, units proposed, unsure, errors
        for (int i = 0; i < requests.size(); i++) {
            long start = System.nanoTime();
            HttpResponse<String> r = post(http, base, auth, requests.get(i));
            nanos[i] = System.nanoTime() - start;
            server[i] = r.headers().firstValue("Server-Timing").map(t -> Double.parseDouble(t.replaceAll(".*dur=", ""))).orElse(Double.NaN);
            count(r, counts);
        }
        Arrays.sort(nanos);
        Arrays.sort(server);
        double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
        double p50 = nanos[nanos.length / 2] / 1e6;
        double p99 = nanos[(int) Math.ceil(nanos.length * 0.99) - 1] / 1e6;
        int n = requests.size();
        System.out.println();
        System.out.println("==== whole-suggestion benchmark ====");
        System.out.printf("suggestions          : %d (%d errors)%n", n, counts[3]);
        System.out.printf("latency mean/p50/p99 : %.2f / %.2f / %.2f ms  (max %.2f ms)%n", mean, p50, p99, nanos[n - 1] / 1e6);
        System.out.printf("in the server        : %.2f / %.2f / %.2f ms  (max %.2f ms; Server-Timing: the suggestion alone)%n",
                Arrays.stream(server).average().orElse(0), server[n / 2], server[(int) Math.ceil(n * 0.99) - 1], server[n - 1]);
        System.out.printf("with a place         : %.1f %%%n", 100.0 * counts[0] / n);
        System.out.printf("with units           : %.1f %%%n", 100.0 * counts[1] / n);
        System.out.printf("category unsure      : %.1f %%%n", 100.0 * counts[2] / n);
        double serverP99 = server[(int) Math.ceil(n * 0.99) - 1];
        System.out.println("target (the suggestion's p99 < 5 ms, no errors): " + (serverP99 < 5 && counts[3] == 0 ? "MET" : "NOT MET"));
    }

    static void run(HttpClient http, String base, String auth, List<Request> requests) throws Exception {
        for (Request r : requests) {
            post(http, base, auth, r);
        }
    }

    static void count(HttpResponse<String> r, int[] counts) {
        if (r.statusCode() != 200) {
            counts[3]++;
            return;
        }
        String body = r.body();
        counts[0] += body.contains("\"place\":null") ? 0 : 1;
        counts[1] += body.contains("\"units\":[]") ? 0 : 1;
        counts[2] += body.contains("\"unsure\":true") ? 1 : 0;
    }

    static HttpResponse<String> post(HttpClient http, String base, String auth, Request r) throws Exception {
        String body = "{\"subject\":" + quote(r.subject()) + ",\"content\":" + quote(r.content())
                + ",\"location\":{\"address\":" + quote(r.address()) + "}}";
        return http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/suggestions")).header("Authorization", auth)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The raw messages (subject, detail), each given one of the addresses in turn. */
    static List<Request> requests(Path raw, List<String> addresses) throws Exception {
        List<Request> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(raw, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            if (f.length >= 4 && !f[3].isBlank()) {
                String content = f[3].length() > 5000 ? f[3].substring(0, 5000) : f[3];
                out.add(new Request(f[1].length() > 200 ? f[1].substring(0, 200) : f[1], content,
                        addresses.get(out.size() % addresses.size())));
            }
        }
        return out;
    }

    static List<String> addresses(String jdbcUrl) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", Files.readString(Path.of(System.getProperty("pgpassfile"))).strip());
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT address FROM ticket WHERE address IS NOT NULL ORDER BY md5(id::text) LIMIT 5000")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no demo addresses: start Minhu with --demo");
        }
        return out;
    }

    static int awaitModel(HttpClient http, String base, String auth) throws Exception {
        for (int i = 0; i < 600; i++) {
            String body = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/models/category")).header("Authorization", auth).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            int at = body.indexOf("\"version\":");
            if (at >= 0) {
                return Integer.parseInt(body.substring(at + 10).split("[,}]")[0].strip());
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("no category model after 10 minutes");
    }

    static void createOperator(HttpClient http, String base, String adminPassword) throws Exception {
        String body = "{\"username\":\"" + OPERATOR + "\",\"password\":\"" + OPERATOR_PASSWORD
                + "\",\"role\":\"OPERATOR\",\"displayName\":\"压测话务员\"}";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/users"))
                .header("Authorization", basic("admin", adminPassword)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201 && r.statusCode() != 409) {
            throw new IllegalStateException("cannot create the operator: " + r.statusCode() + " " + r.body());
        }
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
