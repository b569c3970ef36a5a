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
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/** Hotspot clusters among the raw messages (issue 11). See bench/hotspots.sh. */
public class RawHotspots {

    static final Map<String, String> LABELS = Map.of("交通运输", "05", "劳动和社会保障", "02", "卫生计生", "10",
            "商贸旅游", "08", "城乡建设", "03", "教育文体", "09", "环境保护", "07");
    static final Map<String, String> DISTRICTS = Map.of("A1", "110101000000", "A2", "110102000000", "A3", "110105000000",
            "A4", "110106000000", "A5", "110107000000", "A6", "110108000000", "A7", "110109000000");
    static final Pattern DISTRICT = Pattern.compile("(A\\d)区");
    /** The first estate, building or business a text names: what a caller would give as the address. */
    static final Pattern PLACE = Pattern.compile("([\\p{IsHan}A-Za-z0-9]{2,10}?(小区|花园|大厦|广场|新村|山庄|公寓|家园|名苑|华庭|雅苑|国际城|之城|商场|市场|小学|中学|医院|酒店|工地|楼盘))");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy/M/d H:mm:ss");
    static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String admin = basic("admin", args[1]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        post(http, base + "/api/v1/users", admin, "{\"username\":\"raw-op\",\"password\":\"raw-operator-password\",\"role\":\"OPERATOR\"}");
        String op = basic("raw-op", "raw-operator-password");
        String password = Files.readString(Path.of(args[5]).resolve("postgres.password")).strip();
        try (Connection db = DriverManager.getConnection(args[2], "postgres", password)) {
            StringBuilder rows = new StringBuilder();
            long id = 1;
            List<String> labelled = Files.readAllLines(Path.of(args[4]), StandardCharsets.UTF_8);
            for (String line : labelled.subList(1, labelled.size())) {
                String[] f = line.split("\t", 2);
                if (f.length == 2 && LABELS.containsKey(f[0])) {
                    rows.append(id).append('\t').append(String.format("L%012d", id)).append("\tCLOSED\tWEB\tCOMPLAINT\tNORMAL\t\\N\t")
                            .append(clean(f[1])).append('\t').append(LABELS.get(f[0])).append("\t\\N\t\\N\t")
                            .append(LocalDate.of(2016, 1, 1).atStartOfDay(CITY).plusMinutes(id).toOffsetDateTime()).append('\n');
                    id++;
                }
            }
            copy(db, rows);
            System.out.printf("%d labelled messages loaded as closed tickets of 2016; training the category model …%n", id - 1);
            long t0 = System.nanoTime();
            HttpResponse<String> trained = post(http, base + "/api/v1/models/category/train", admin, "");
            System.out.printf("trained in %.0f s: %s%n", (System.nanoTime() - t0) / 1e9, trained.body().substring(0, Math.min(200, trained.body().length())));
            List<String> raw = Files.readAllLines(Path.of(args[3]), StandardCharsets.UTF_8);
            rows = new StringBuilder();
            int placed = 0;
            int categorised = 0;
            LocalDate first = LocalDate.MAX;
            LocalDate last = LocalDate.MIN;
            for (String line : raw.subList(1, raw.size())) {
                String[] f = line.split("\t", -1);
                if (f.length < 4) {
                    continue;
                }
                String subject = clean(f[1]);
                String content = clean(f[3].isBlank() ? f[1] : f[3]);
                content = content.length() > 5000 ? content.substring(0, 5000) : content;
                String body = "{\"subject\":" + json(subject) + ",\"content\":" + json(content) + "}";
                Matcher c = Pattern.compile("\"category\":\\{\"code\":\"([0-9.]+)\"").matcher(post(http, base + "/api/v1/suggestions", op, body).body());
                String category = c.find() ? c.group(1) : null;
                categorised += category == null ? 0 : 1;
                Matcher d = DISTRICT.matcher(subject + content);
                String districtName = d.find() ? d.group(1) : null;
                Matcher p = PLACE.matcher(subject + "，" + content);
                String address = p.find() ? (districtName == null ? "A市" : districtName + "区") + p.group(1) : null;
                placed += address == null ? 0 : 1;
                LocalDateTime at = time(f[2]);
                first = at.toLocalDate().isBefore(first) ? at.toLocalDate() : first;
                last = at.toLocalDate().isAfter(last) ? at.toLocalDate() : last;
                rows.append(id).append('\t').append(String.format("R%012d", id)).append("\tRECEIVED\tWEB\tCOMPLAINT\tNORMAL\t")
                        .append(subject).append('\t').append(content).append('\t').append(category == null ? "\\N" : category)
                        .append('\t').append(districtName == null ? "\\N" : DISTRICTS.get(districtName)).append('\t')
                        .append(address == null ? "\\N" : address).append('\t').append(at.atZone(CITY).toOffsetDateTime()).append('\n');
                id++;
            }
            copy(db, rows);
            try (Statement s = db.createStatement()) {
                s.execute("SELECT setval(pg_get_serial_sequence('ticket', 'id'), " + id + ")");
            }
            System.out.printf("%d raw messages loaded: %d with a category from the model, %d with an estate or building as the address%n",
                    raw.size() - 1, categorised, placed);
            List<String[]> clusters = new ArrayList<>();
            int surges = 0;
            for (LocalDate week = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)); !week.isAfter(last); week = week.plusWeeks(1)) {
                String report = get(http, base + "/api/v1/hotspots?week=" + week, op).body();
                surges += count(report, "\"level\":");
                Matcher m = Pattern.compile("\"categoryCode\":\"([0-9.]+)\",\"placeKind\":\"(\\w+)\",\"place\":\"([^\"]*)\".*?\"ticketIds\":\\[([0-9,]*)\\],\"numbers\":\\[[^]]*\\],\"sample\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(report);
                while (m.find()) {
                    clusters.add(new String[] {week.toString(), m.group(1), m.group(3), String.valueOf(m.group(4).split(",").length), m.group(5)});
                }
            }
            clusters.sort((a, b) -> Integer.parseInt(b[3]) - Integer.parseInt(a[3]));
            System.out.printf("%nweeks %s to %s: %d surges, %d clusters%n", first, last, surges, clusters.size());
            System.out.println("== the ten largest clusters (week, category, place, tickets, first text)");
            for (String[] c : clusters.subList(0, Math.min(10, clusters.size()))) {
                System.out.printf("%s  %s  %s  %s tickets%n      %s%n", c[0], c[1], c[2], c[3], c[4].length() > 120 ? c[4].substring(0, 120) + "…" : c[4]);
            }
        }
    }

    static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    static void copy(Connection db, StringBuilder rows) throws Exception {
        CopyIn in = db.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY ticket (id, number, status, channel, type, urgency,"
                + " subject, content, category_code, district_code, address, created_at) FROM STDIN");
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        in.endCopy();
    }

    static LocalDateTime time(String text) {
        String t = text.strip();
        return t.contains("/") ? LocalDateTime.parse(t, TIME)
                : LocalDate.of(1899, 12, 30).atStartOfDay().plusSeconds(Math.round(Double.parseDouble(t) * 86_400));
    }

    static String clean(String s) {
        return s.replace("\\", "").replace("\t", " ").replace("\r", " ").replace("\n", " ").strip();
    }

    static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static HttpResponse<String> post(HttpClient http, String uri, String auth, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(uri)).header("Authorization", auth).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).timeout(Duration.ofMinutes(10)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> get(HttpClient http, String uri, String auth) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(uri)).header("Authorization", auth).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
