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
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Duplicates proposed among the raw messages (issue 11). See bench/duplicates.sh. The messages are
 * written by COPY as received tickets at their own times; the node rebuilds its index from the
 * database; each ticket is then asked for its duplicates among the tickets of the week before it.
 */
public class RawDuplicates {

    static final Map<String, String> DISTRICTS = Map.of("A1", "110101000000", "A2", "110102000000", "A3", "110105000000",
            "A4", "110106000000", "A5", "110107000000", "A6", "110108000000", "A7", "110109000000");
    static final Pattern DISTRICT = Pattern.compile("(A\\d)区");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy/M/d H:mm:ss");

    record Message(long id, String number, String subject, String detail) {
    }

    record Pair(Message ticket, Message candidate, double score, String reasons) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String admin = basic("admin", args[1]);
        Path data = Path.of(args[4]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        send(http, HttpRequest.newBuilder(URI.create(base + "/api/v1/users")).header("Authorization", admin)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"raw-op\",\"password\":\"raw-operator-password\",\"role\":\"OPERATOR\"}")).build());
        String op = basic("raw-op", "raw-operator-password");
        Map<Long, Message> messages = new HashMap<>();
        try (Connection db = DriverManager.getConnection(args[2], "postgres", Files.readString(data.resolve("postgres.password")).strip())) {
            load(db, Path.of(args[3]), messages);
        }
        System.out.printf("%d raw messages loaded as received tickets%n", messages.size());
        send(http, HttpRequest.newBuilder(URI.create(base + "/api/v1/search/index/rebuild")).header("Authorization", admin)
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        while (!send(http, HttpRequest.newBuilder(URI.create(base + "/api/v1/search/index")).header("Authorization", admin).GET().build())
                .body().matches(".*\"rebuilding\":false.*\"documents\":" + messages.size() + "[,}].*")) {
            Thread.sleep(500);
        }
        List<Pair> firsts = new ArrayList<>();
        List<Pair> all = new ArrayList<>();
        int proposals = 0;
        long start = System.nanoTime();
        for (Message m : messages.values()) {
            HttpResponse<String> r = send(http, HttpRequest.newBuilder(URI.create(base + "/api/v1/tickets/" + m.id() + "/duplicates"))
                    .header("Authorization", op).GET().build());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("ticket " + m.id() + ": " + r.statusCode() + " " + r.body());
            }
            String body = r.body();
            Matcher c = Pattern.compile("\\{\"id\":(\\d+),\"number\":\"[^\"]+\",\"score\":([0-9.]+),\"reason\":\"[^\"]*\",\"reasons\":\\[([^\\]]*)\\]").matcher(body);
            boolean first = true;
            while (c.find()) {
                proposals++;
                all.add(new Pair(m, messages.get(Long.parseLong(c.group(1))), Double.parseDouble(c.group(2)), c.group(3)));
                if (first) {
                    firsts.add(new Pair(m, messages.get(Long.parseLong(c.group(1))), Double.parseDouble(c.group(2)), c.group(3)));
                    first = false;
                }
            }
        }
        System.out.printf("asked for every ticket in %.0f s: %d tickets got at least one proposal, %d proposals in all%n",
                (System.nanoTime() - start) / 1e9, firsts.size(), proposals);
        firsts.sort(Comparator.comparingDouble(Pair::score).reversed());
        System.out.println("\n== the ten most alike first proposals (ticket ← proposed original)");
        for (Pair p : firsts.subList(0, Math.min(10, firsts.size()))) {
            System.out.printf("%.2f  %s ← %s%n      %s%n      %s%n", p.score(), p.ticket().number(), p.candidate().number(),
                    cut(p.ticket()), cut(p.candidate()));
        }
        List<Pair> sample = new ArrayList<>(all);
        Collections.shuffle(sample, new Random(7));
        sample = sample.subList(0, Math.min(100, sample.size()));
        StringBuilder tsv = new StringBuilder("score\treasons\tticket\tcandidate\tticket_text\tcandidate_text\n");
        for (Pair p : sample) {
            tsv.append(p.score()).append('\t').append(p.reasons()).append('\t').append(p.ticket().number()).append('\t')
                    .append(p.candidate().number()).append('\t').append(cut(p.ticket())).append('\t').append(cut(p.candidate())).append('\n');
        }
        Files.writeString(Path.of(args[5]), tsv);
        System.out.printf("%nwrote %d proposals drawn at random to %s%n", sample.size(), args[5]);
    }

    static String cut(Message m) {
        String t = (m.subject() + "｜" + m.detail()).replace('\t', ' ').replace('\n', ' ');
        return t.length() > 160 ? t.substring(0, 160) + "…" : t;
    }

    static void load(Connection db, Path raw, Map<Long, Message> out) throws Exception {
        List<String> lines = Files.readAllLines(raw, StandardCharsets.UTF_8);
        StringBuilder rows = new StringBuilder();
        long id = 1;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            if (f.length < 4) {
                continue;
            }
            Matcher d = DISTRICT.matcher(f[1] + f[3]);
            String district = d.find() ? DISTRICTS.get(d.group(1)) : null;
            String number = String.format("R%012d", id);
            String content = clean(f[3].isBlank() ? f[1] : f[3]);
            content = content.length() > 5000 ? content.substring(0, 5000) : content;
            rows.append(id).append('\t').append(number).append("\tRECEIVED\tWEB\tCOMPLAINT\tNORMAL\t").append(clean(f[1]))
                    .append('\t').append(content).append('\t').append(district == null ? "\\N" : district).append('\t')
                    .append(time(f[2])).append('\n');
            out.put(id, new Message(id, number, clean(f[1]), content));
            id++;
        }
        CopyIn in = db.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY ticket (id, number, status, channel, type, urgency,"
                + " subject, content, district_code, created_at) FROM STDIN");
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        in.endCopy();
        try (Statement s = db.createStatement()) {
            s.execute("SELECT setval(pg_get_serial_sequence('ticket', 'id'), " + id + ")");
        }
    }

    /** "2019/2/28 11:25:05", or an Excel day number (days since 1899-12-30), in Beijing time. */
    static String time(String text) {
        String t = text.strip();
        LocalDateTime at = t.contains("/") ? LocalDateTime.parse(t, TIME)
                : LocalDate.of(1899, 12, 30).atStartOfDay().plusSeconds(Math.round(Double.parseDouble(t) * 86_400));
        return at.atZone(ZoneId.of("Asia/Shanghai")).toOffsetDateTime().toString();
    }

    static String clean(String s) {
        return s.replace("\\", "").replace("\t", " ").replace("\r", " ").replace("\n", " ").strip();
    }

    static HttpResponse<String> send(HttpClient http, HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
