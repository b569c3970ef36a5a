import java.io.ByteArrayOutputStream;
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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Full-text search benchmark (issue 11). For each size: generated tickets are added to the
 * database by COPY (each ticket's text one to three sentences of different raw messages, its
 * lead a street drawn at random, its time within the last year), the node rebuilds its index
 * (timed: the indexing rate), and 1,000 queries drawn from the words of the raw messages are sent
 * to {@code GET /api/v1/search} one at a time, by an operator (every ticket) and by a street's
 * handler (its own), after a warm-up. At the first size a sample of the same queries also goes
 * through the ILIKE statements the ticket list ran before (its count and its first page).
 *
 * Run through bench/search.sh; by hand:
 *   java -cp postgresql.jar SearchBench.java BASE ADMIN_PASSWORD JDBC_URL RAW_TSV SIZES QUERIES ILIKE_SAMPLE DATA_DIR
 */
public class SearchBench {

    static final String OPERATOR = "bench-op";
    static final String HANDLER = "bench-h";
    static final String PASSWORD = "bench-user-password";
    static final String HANDLER_UNIT = "110105001000"; // 建外街道
    static final Pattern CJK_RUN = Pattern.compile("[\\p{IsHan}]{2,}");
    static final Random dice = new Random(42);

    record Street(String code, String district) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String adminPassword = args[1];
        String jdbcUrl = args[2];
        Path raw = Path.of(args[3]);
        long[] sizes = Arrays.stream(args[4].split(",")).mapToLong(Long::parseLong).toArray();
        int queryCount = Integer.parseInt(args[5]);
        int ilikeSample = Integer.parseInt(args[6]);
        Path data = Path.of(args[7]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        createUser(http, base, adminPassword, OPERATOR, "OPERATOR", null);
        createUser(http, base, adminPassword, HANDLER, "HANDLER", HANDLER_UNIT);
        List<String[]> messages = messages(raw);
        List<String> sentences = sentences(messages);
        List<String> queries = queries(messages, queryCount);
        System.out.printf("%d raw messages, %d sentences to recombine, %d queries (e.g. %s)%n", messages.size(),
                sentences.size(), queries.size(), queries.subList(0, 8));
        String password = Files.readString(data.resolve("postgres.password")).strip();
        List<String> rows = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", password)) {
            List<Street> streets = streets(db);
            List<String> categories = list(db, "SELECT code FROM category WHERE level = 3");
            long have = 0;
            for (long size : sizes) {
                long start = System.nanoTime();
                generate(db, have, size - have, sentences, streets, categories);
                System.out.printf("%n== %,d tickets: generated %,d in %.0f s%n", size, size - have, (System.nanoTime() - start) / 1e9);
                have = size;
                long[] built = rebuild(http, base, adminPassword, size);
                System.out.printf("index rebuilt: %,d tickets in %.0f s (%.0f tickets/s), %.0f MB on disk%n",
                        size, built[0] / 1e3, size * 1e3 / built[0], built[1] / 1e6);
                String auth = basic(OPERATOR, PASSWORD);
                String handlerAuth = basic(HANDLER, PASSWORD);
                time(http, base, auth, queries.subList(0, Math.min(200, queries.size()))); // warm-up
                time(http, base, handlerAuth, queries.subList(0, Math.min(200, queries.size())));
                double[] op = time(http, base, auth, queries);
                double[] h = time(http, base, handlerAuth, queries);
                String row = String.format("%,11d | %8.0f MB | %7.0f s | %8.0f/s | %6.1f / %6.1f ms | %6.1f / %6.1f ms | %,9.0f | %,7.0f",
                        size, built[1] / 1e6, built[0] / 1e3, size * 1e3 / built[0], op[0], op[1], h[0], h[1], op[2], h[2]);
                rows.add(row);
                System.out.println(row);
                if (size == sizes[0] && ilikeSample > 0) {
                    double[] like = ilike(db, queries.subList(0, Math.min(ilikeSample, queries.size())));
                    String line = String.format("ILIKE at %,d tickets (the list's count and first page before the index), %d of the queries: p50 %.0f ms, p99 %.0f ms, mean %.0f ms",
                            size, Math.min(ilikeSample, queries.size()), like[0], like[1], like[2]);
                    rows.add(line);
                    System.out.println(line);
                }
            }
        }
        System.out.println();
        System.out.println("==== full-text search benchmark: GET /api/v1/search, 20 a page, facets and highlights, one request at a time ====");
        System.out.println("    tickets |   index    | rebuild   |   rate    | operator p50/p99  | handler p50/p99   | op. hits | h. hits");
        rows.forEach(System.out::println);
    }

    // ---------------------------------------------------------------- generated tickets

    static List<String[]> messages(Path raw) throws Exception {
        List<String[]> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(raw, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            if (f.length >= 4) {
                out.add(new String[] {f[1].strip(), f[3].strip()});
            }
        }
        return out;
    }

    static List<String> sentences(List<String[]> messages) {
        List<String> out = new ArrayList<>();
        for (String[] m : messages) {
            for (String s : m[1].split("[。！？!?；;\\n]")) {
                String t = s.strip();
                if (t.length() >= 6 && t.length() <= 90) {
                    out.add(t + "。");
                }
            }
        }
        return out;
    }

    static List<Street> streets(Connection db) throws Exception {
        List<Street> out = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT code, district_code FROM unit WHERE kind IN ('SUBDISTRICT','TOWNSHIP') AND valid_to IS NULL ORDER BY code")) {
            while (rs.next()) {
                out.add(new Street(rs.getString(1), rs.getString(2)));
            }
        }
        return out;
    }

    static List<String> list(Connection db, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    static void generate(Connection db, long have, long count, List<String> sentences, List<Street> streets,
                         List<String> categories) throws Exception {
        db.setAutoCommit(true);
        long firstTicket = next(db, "ticket");
        long firstAssignment = next(db, "assignment");
        Instant now = Instant.now();
        String[] statuses = {"CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED", "COMPLETED", "DISPATCHED", "DISPATCHED"};
        int batch = 100_000;
        for (long done = 0; done < count; done += batch) {
            int n = (int) Math.min(batch, count - done);
            StringBuilder tickets = new StringBuilder(n * 400);
            StringBuilder assignments = new StringBuilder(n * 200);
            for (int i = 0; i < n; i++) {
                long id = firstTicket + done + i;
                Street street = streets.get(dice.nextInt(streets.size()));
                Instant created = now.minusSeconds(60 + (long) (dice.nextDouble() * 365 * 86_400));
                String status = statuses[dice.nextInt(statuses.length)];
                StringBuilder content = new StringBuilder();
                int parts = 1 + dice.nextInt(3);
                for (int p = 0; p < parts; p++) {
                    content.append(sentences.get(dice.nextInt(sentences.size())));
                }
                String subject = sentences.get(dice.nextInt(sentences.size()));
                subject = subject.substring(0, Math.min(subject.length(), 24));
                tickets.append(id).append('\t').append(String.format("B%012d", id)).append('\t').append(status)
                        .append("\tPHONE\tCOMPLAINT\tNORMAL\t").append(clean(subject)).append('\t').append(clean(content.toString()))
                        .append('\t').append(categories.get(dice.nextInt(categories.size()))).append('\t')
                        .append("北京市").append(street.code()).append("号院\t").append(street.code()).append('\t')
                        .append(street.district()).append('\t').append(street.code()).append('\t').append(created).append('\n');
                Instant due = created.plusSeconds(15 * 86_400);
                String aStatus = status.equals("DISPATCHED") ? "ACCEPTED" : "COMPLETED";
                assignments.append(firstAssignment + done + i).append('\t').append(id).append('\t').append(street.code())
                        .append("\tLEAD\tDIRECT\t").append(aStatus).append("\tNORMAL\t").append(created).append('\t')
                        .append(created.plusSeconds(7200)).append('\t').append(created.plusSeconds(86_400)).append('\t')
                        .append(created.plusSeconds(86_400)).append('\t').append(due).append('\t').append(street.district()).append('\n');
            }
            copy(db, "COPY ticket (id, number, status, channel, type, urgency, subject, content, category_code, address,"
                    + " location_unit_code, district_code, lead_unit_code, created_at) FROM STDIN", tickets);
            copy(db, "COPY assignment (id, ticket_id, unit_code, role, route, status, deadline_class, dispatched_at,"
                    + " accept_due_at, return_until, respond_due_at, complete_due_at, district_code) FROM STDIN", assignments);
        }
        try (Statement s = db.createStatement()) {
            s.execute("SELECT setval(pg_get_serial_sequence('ticket', 'id'), " + (firstTicket + count - 1) + ")");
            s.execute("SELECT setval(pg_get_serial_sequence('assignment', 'id'), " + (firstAssignment + count - 1) + ")");
            s.execute("ANALYZE ticket, assignment");
        }
    }

    static long next(Connection db, String table) throws Exception {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String clean(String s) {
        return s.replace("\\", "").replace("\t", " ").replace("\n", " ").replace("\r", " ");
    }

    static void copy(Connection db, String sql, StringBuilder rows) throws Exception {
        CopyIn in = db.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        in.endCopy();
    }

    // ---------------------------------------------------------------- the index

    /** Asks for a rebuild and waits for it: {elapsed ms, index bytes}. */
    static long[] rebuild(HttpClient http, String base, String adminPassword, long size) throws Exception {
        String auth = basic("admin", adminPassword);
        long start = System.nanoTime();
        HttpResponse<String> asked = send(http, HttpRequest.newBuilder(URI.create(base + "/api/v1/search/index/rebuild"))
                .header("Authorization", auth).POST(HttpRequest.BodyPublishers.noBody()).build());
        if (asked.statusCode() != 202) {
            throw new IllegalStateException("rebuild refused: " + asked.statusCode() + " " + asked.body());
        }
        while (true) {
            Thread.sleep(1000);
            String status = send(http, HttpRequest.newBuilder(URI.create(base + "/api/v1/search/index"))
                    .header("Authorization", auth).GET().build()).body();
            if (status.contains("\"rebuilding\":false") && number(status, "documents") >= size) {
                return new long[] {(System.nanoTime() - start) / 1_000_000, number(status, "bytes")};
            }
        }
    }

    static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    // ---------------------------------------------------------------- queries

    /**
     * Words of the raw messages as HanLP's standard segmenter cuts them: two or more Han characters,
     * found in at least three messages; a query is one of them, or (three in ten) two.
     */
    static List<String> queries(List<String[]> messages, int count) {
        Map<String, Integer> df = new HashMap<>();
        for (String[] m : messages) {
            Set<String> seen = new HashSet<>();
            for (com.hankcs.hanlp.seg.common.Term t : com.hankcs.hanlp.HanLP.segment(m[0] + "，" + m[1])) {
                if (t.word.length() >= 2 && CJK_RUN.matcher(t.word).matches()) {
                    seen.add(t.word);
                }
            }
            seen.forEach(w -> df.merge(w, 1, Integer::sum));
        }
        List<String> words = df.entrySet().stream().filter(e -> e.getValue() >= 3).map(Map.Entry::getKey).sorted().toList();
        Random r = new Random(7);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String q = words.get(r.nextInt(words.size()));
            if (r.nextInt(10) < 3) {
                q += " " + words.get(r.nextInt(words.size()));
            }
            out.add(q);
        }
        return out;
    }

    /** {p50 ms, p99 ms, mean total hits}. */
    static double[] time(HttpClient http, String base, String auth, List<String> queries) throws Exception {
        long[] nanos = new long[queries.size()];
        double hits = 0;
        for (int i = 0; i < queries.size(); i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/search?size=20&q="
                    + URLEncoder.encode(queries.get(i), StandardCharsets.UTF_8))).header("Authorization", auth).GET().build();
            long start = System.nanoTime();
            HttpResponse<String> r = send(http, request);
            nanos[i] = System.nanoTime() - start;
            if (r.statusCode() != 200 || !r.body().contains("\"source\":\"INDEX\"")) {
                throw new IllegalStateException("search failed: " + r.statusCode() + " " + r.body());
            }
            hits += number(r.body(), "totalElements");
        }
        Arrays.sort(nanos);
        return new double[] {nanos[nanos.length / 2] / 1e6, nanos[(int) Math.ceil(nanos.length * 0.99) - 1] / 1e6,
                hits / queries.size()};
    }

    /** The list's two statements before the index, as TicketFinder ran them for an operator: {p50, p99, mean} ms. */
    static double[] ilike(Connection db, List<String> queries) throws Exception {
        String where = " WHERE (t.content ILIKE ? OR t.subject ILIKE ? OR t.address ILIKE ?)";
        long[] nanos = new long[queries.size()];
        try (PreparedStatement count = db.prepareStatement("SELECT count(*) FROM ticket t" + where);
             PreparedStatement page = db.prepareStatement("SELECT t.id FROM ticket t" + where
                     + " ORDER BY t.created_at DESC, t.id DESC LIMIT 20 OFFSET 0")) {
            for (int i = 0; i < queries.size(); i++) {
                String like = "%" + queries.get(i).replace("%", "\\%").replace("_", "\\_") + "%";
                long start = System.nanoTime();
                for (PreparedStatement s : List.of(count, page)) {
                    s.setString(1, like);
                    s.setString(2, like);
                    s.setString(3, like);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            rs.getLong(1);
                        }
                    }
                }
                nanos[i] = System.nanoTime() - start;
            }
        }
        double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
        Arrays.sort(nanos);
        return new double[] {nanos[nanos.length / 2] / 1e6, nanos[(int) Math.ceil(nanos.length * 0.99) - 1] / 1e6, mean};
    }

    // ---------------------------------------------------------------- HTTP

    static void createUser(HttpClient http, String base, String adminPassword, String name, String role, String unit) throws Exception {
        String body = "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"" + role + "\""
                + (unit == null ? "" : ",\"unitCode\":\"" + unit + "\"") + "}";
        HttpResponse<String> r = send(http, HttpRequest.newBuilder(URI.create(base + "/api/v1/users"))
                .header("Authorization", basic("admin", adminPassword)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("cannot create " + name + ": " + r.body());
        }
    }

    static HttpResponse<String> send(HttpClient http, HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
