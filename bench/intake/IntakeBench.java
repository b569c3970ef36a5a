import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Intake benchmark: tickets created per second over HTTP by concurrent clients, against "the limit":
 * a plain JDBC loop writing the rows the application writes per ticket (one ticket row numbered from
 * the sequence, one CREATED event, one commit each) on the same PostgreSQL.
 *
 * Run through bench/intake.sh; by hand:
 *   java -cp postgresql.jar IntakeBench.java http://127.0.0.1:PORT ADMIN_PASSWORD jdbc:postgresql://127.0.0.1:PGPORT/postgres
 * Settings (system properties): pgpassfile (the data directory's postgres.password), clients=16, warmup=30 (the JIT compiles the request path first, as on a server that has run for a while), duration=20, jdbcDuration=10.
 */
public class IntakeBench {

    static final String OPERATOR = "bench-op";
    static final String OPERATOR_PASSWORD = "bench-operator-password";

    static final String[] PLACES = {
            "朝阳区建外街道光华路社区", "朝阳区朝外街道吉庆里", "海淀区万寿路街道翠微路", "东城区东华门街道南池子大街",
            "西城区西长安街街道府右街", "丰台区卢沟桥街道", "通州区永顺镇", "昌平区回龙观街道", "大兴区亦庄镇", "朝阳区望京街道"};
    static final String[] PROBLEMS = {
            "小区楼下餐馆油烟扰民，晚上十点以后还在营业，噪音很大，多次和商家沟通无果，希望有关部门尽快处理。",
            "我家所在楼栋已经停水两天，物业说是管道检修，但一直没有通知何时恢复供水，家里有老人孩子，生活非常不便。",
            "路口的红绿灯坏了三天了，早晚高峰车辆拥堵严重，行人过马路很危险，请尽快派人维修。",
            "小区内共享单车乱停乱放，占用消防通道，物业不管，希望街道协调清理。",
            "冬季供暖温度不达标，室内只有十四度，多次联系供热公司没有回复，请求帮助解决。",
            "咨询一下办理居住证需要准备哪些材料，在哪里办理，需要多长时间。",
            "附近工地夜间施工，凌晨两点还在作业，严重影响居民休息，请核实是否有夜间施工许可。",
            "表扬社区工作人员王师傅，帮助独居老人修好了暖气，服务态度非常好。"};
    static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("yyMMdd");
    static final java.time.ZoneId CITY = java.time.ZoneId.of("Asia/Shanghai");
    static final String[] CHANNELS = {"PHONE", "WEB", "APP", "WECHAT"};
    static final String[] TYPES = {"COMPLAINT", "HELP", "CONSULTATION", "REPORT", "SUGGESTION", "PRAISE"};

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String adminPassword = args[1];
        String jdbcUrl = args[2];
        int clients = Integer.getInteger("clients", 16);
        int warmup = Integer.getInteger("warmup", 30);
        int duration = Integer.getInteger("duration", 20);
        int jdbcDuration = Integer.getInteger("jdbcDuration", 10);

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        createOperator(http, base, adminPassword);
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", pgPassword());
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT current_setting('fsync'), current_setting('synchronous_commit'), current_setting('full_page_writes')")) {
            rs.next();
            System.out.printf("PostgreSQL durability: fsync=%s synchronous_commit=%s full_page_writes=%s%n",
                    rs.getString(1), rs.getString(2), rs.getString(3));
        }

        System.out.printf("HTTP: %d clients, %d s warm-up, %d s measured%n", clients, warmup, duration);
        HttpResult h = runHttp(base, clients, warmup, duration);
        System.out.printf("JDBC: %d threads, then 1 thread, %d s each (after 2 s warm-up)%n", clients, jdbcDuration);
        if (jdbcDuration <= 0) {
            System.out.printf("HTTP tickets/s %.0f (%d errors), p50 %.1f ms, p99 %.1f ms%n", h.rate, h.errors, h.p50, h.p99);
            return;
        }
        double limit = runJdbc(jdbcUrl, clients, jdbcDuration);
        double single = runJdbc(jdbcUrl, 1, jdbcDuration);

        System.out.println();
        System.out.println("==== intake benchmark ====");
        System.out.printf("HTTP tickets/s        : %8.0f  (%d created, %d errors, %d clients)%n",
                h.rate, h.count, h.errors, clients);
        System.out.printf("HTTP latency p50/p99  : %8.1f / %.1f ms  (max %.1f ms)%n", h.p50, h.p99, h.max);
        System.out.printf("JDBC limit tickets/s  : %8.0f  (%d threads)%n", limit, clients);
        System.out.printf("JDBC 1 thread tickets/s: %7.0f%n", single);
        System.out.printf("HTTP / limit          : %8.1f %%%n", 100 * h.rate / limit);
        boolean ok = h.rate >= 1000 && h.rate >= 0.4 * limit && h.errors == 0;
        System.out.println("target (>= 1000/s and >= 40% of the limit, no errors): " + (ok ? "MET" : "NOT MET"));
    }

    static void createOperator(HttpClient http, String base, String adminPassword) throws Exception {
        String body = "{\"username\":\"" + OPERATOR + "\",\"password\":\"" + OPERATOR_PASSWORD
                + "\",\"role\":\"OPERATOR\",\"displayName\":\"压测话务员\"}";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/users"))
                .header("Authorization", basic("admin", adminPassword))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201 && r.statusCode() != 409) {
            throw new IllegalStateException("Cannot create the operator: " + r.statusCode() + " " + r.body());
        }
    }

    record HttpResult(long count, long errors, double rate, double p50, double p99, double max) {
    }

    static HttpResult runHttp(String base, int clients, int warmupSeconds, int seconds) throws Exception {
        String auth = basic(OPERATOR, OPERATOR_PASSWORD);
        URI uri = URI.create(base + "/api/v1/tickets");
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        AtomicLong errors = new AtomicLong();
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        String[] firstError = new String[1];
        List<Thread> threads = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int me = c;
            Thread t = new Thread(() -> {
                // one client = one keep-alive connection, like a call-centre desk; a plain socket
                // client, so that the load generator leaves the two cores to the server
                SplittableRandom random = new SplittableRandom(me);
                long[] lat = new long[1 << 16];
                int n = 0;
                Desk desk = null;
                try {
                    while (!stop.get()) {
                        String body = ticketBody(random);
                        long start = System.nanoTime();
                        int status;
                        try {
                            if (desk == null) {
                                desk = new Desk(uri, auth);
                            }
                            status = desk.post(body);
                            if (desk.closing()) {
                                desk = null;
                            }
                            if (status != 201 && firstError[0] == null) {
                                firstError[0] = status + " " + desk.lastBody();
                            }
                        } catch (Exception e) {
                            status = -1;
                            desk = null;
                            if (firstError[0] == null) {
                                firstError[0] = e.toString();
                            }
                        }
                        long took = System.nanoTime() - start;
                        if (measuring.get() && !stop.get()) {
                            if (status == 201) {
                                if (n == lat.length) {
                                    lat = Arrays.copyOf(lat, n * 2);
                                }
                                lat[n++] = took;
                            } else {
                                errors.incrementAndGet();
                            }
                        }
                    }
                } finally {
                    latencies[me] = Arrays.copyOf(lat, n);
                    counts[me] = n;
                    done.countDown();
                }
            }, "client-" + c);
            threads.add(t);
            t.start();
        }
        double elapsed = measure(warmupSeconds, seconds, measuring, stop, done);
        long total = Arrays.stream(counts).asLongStream().sum();
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        if (firstError[0] != null) {
            System.out.println("first error: " + firstError[0].substring(0, Math.min(300, firstError[0].length())));
        }
        return new HttpResult(total, errors.get(), total / elapsed, percentile(all, 0.50), percentile(all, 0.99),
                all.length == 0 ? 0 : all[all.length - 1] / 1e6);
    }

    /** Lets the workers warm up, then counts for {@code seconds}; returns the measured seconds. */
    static double measure(int warmupSeconds, int seconds, AtomicBoolean measuring, AtomicBoolean stop,
                          CountDownLatch done) throws InterruptedException {
        Thread.sleep(warmupSeconds * 1000L);
        measuring.set(true);
        long start = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        double elapsed = (System.nanoTime() - start) / 1e9;
        done.await();
        return elapsed;
    }

    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    /** What TicketRepository.insert writes for a new ticket: the same columns, sequence and event. */
    static double runJdbc(String url, int threads, int seconds) throws Exception {
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        AtomicLong count = new AtomicLong();
        CountDownLatch done = new CountDownLatch(threads);
        Exception[] failure = new Exception[1];
        for (int t = 0; t < threads; t++) {
            int me = t;
            new Thread(() -> {
                SplittableRandom random = new SplittableRandom(1000 + me);
                try (Connection c = DriverManager.getConnection(url, "postgres", pgPassword())) {
                    c.setAutoCommit(false);
                    PreparedStatement next = c.prepareStatement("SELECT nextval('ticket_number_seq')");
                    PreparedStatement ticket = c.prepareStatement("""
                            INSERT INTO ticket (number, status, channel, type, urgency, subject, content, category_code,
                                requester_name, requester_phone, address, lat, lng, location_unit_code, district_code,
                                lead_unit_code, created_at, created_by)
                            VALUES (?, 'RECEIVED', ?, ?, 'NORMAL', NULL, ?, NULL, ?, ?, ?, NULL, NULL, NULL, NULL, NULL, ?, ?)
                            RETURNING id""");
                    PreparedStatement event = c.prepareStatement("""
                            INSERT INTO ticket_event (ticket_id, assignment_id, type, at, actor, actor_unit, data)
                            VALUES (?, NULL, 'CREATED', ?, ?, NULL, CAST(? AS jsonb))""");
                    while (!stop.get()) {
                        Instant now = Instant.now();
                        long n;
                        try (ResultSet rs = next.executeQuery()) {
                            rs.next();
                            n = rs.getLong(1);
                        }
                        String channel = CHANNELS[random.nextInt(CHANNELS.length)];
                        ticket.setString(1, DAY.format(now.atZone(CITY)) + String.format("%07d", n % 10_000_000L));
                        ticket.setString(2, channel);
                        ticket.setString(3, TYPES[random.nextInt(TYPES.length)]);
                        ticket.setString(4, PROBLEMS[random.nextInt(PROBLEMS.length)]);
                        ticket.setString(5, "张先生");
                        ticket.setString(6, "1380013" + String.format("%04d", random.nextInt(10000)));
                        ticket.setString(7, "北京市" + PLACES[random.nextInt(PLACES.length)]);
                        ticket.setTimestamp(8, Timestamp.from(now));
                        ticket.setString(9, OPERATOR);
                        long id;
                        try (ResultSet rs = ticket.executeQuery()) {
                            rs.next();
                            id = rs.getLong(1);
                        }
                        event.setLong(1, id);
                        event.setTimestamp(2, Timestamp.from(now));
                        event.setString(3, OPERATOR);
                        event.setString(4, "{\"channel\":\"" + channel + "\"}");
                        event.executeUpdate();
                        c.commit();
                        if (measuring.get() && !stop.get()) {
                            count.incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    failure[0] = e;
                } finally {
                    done.countDown();
                }
            }, "jdbc-" + t).start();
        }
        double elapsed = measure(2, seconds, measuring, stop, done);
        if (failure[0] != null) {
            throw failure[0];
        }
        return count.get() / elapsed;
    }

    static String ticketBody(SplittableRandom random) {
        String place = PLACES[random.nextInt(PLACES.length)];
        String problem = PROBLEMS[random.nextInt(PROBLEMS.length)];
        return "{\"channel\":\"" + CHANNELS[random.nextInt(CHANNELS.length)] + "\",\"type\":\""
                + TYPES[random.nextInt(TYPES.length)] + "\",\"content\":\"" + place + problem
                + "\",\"requester\":{\"name\":\"张先生\",\"phone\":\"1380013" + String.format("%04d", random.nextInt(10000))
                + "\"},\"location\":{\"address\":\"北京市" + place + "\"}}";
    }

    /** The embedded PostgreSQL's password, from the owner-only file of its data directory (-Dpgpassfile). */
    static String pgPassword() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("pgpassfile"))).strip();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A minimal HTTP/1.1 client on one keep-alive socket: POST a JSON body, read the status and body. */
    static final class Desk {
        private final java.net.Socket socket;
        private final java.io.OutputStream out;
        private final java.io.InputStream in;
        private final byte[] head;
        private String lastBody = "";
        private boolean closing;

        Desk(URI uri, String auth) throws java.io.IOException {
            socket = new java.net.Socket(uri.getHost(), uri.getPort());
            socket.setTcpNoDelay(true);
            out = new java.io.BufferedOutputStream(socket.getOutputStream(), 8192);
            in = new java.io.BufferedInputStream(socket.getInputStream(), 16384);
            head = ("POST " + uri.getPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nAuthorization: " + auth + "\r\nContent-Type: application/json\r\nContent-Length: ")
                    .getBytes(StandardCharsets.US_ASCII);
        }

        int post(String json) throws java.io.IOException {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            out.write(head);
            out.write((body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String status = line();
            int code = Integer.parseInt(status.substring(9, 12));
            int length = -1;
            boolean chunked = false;
            for (String h = line(); !h.isEmpty(); h = line()) {
                String lower = h.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(h.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closing = true; // the server ends keep-alive after so many requests: reconnect
                }
            }
            java.io.ByteArrayOutputStream content = new java.io.ByteArrayOutputStream();
            if (chunked) {
                for (int size = Integer.parseInt(line().trim(), 16); size > 0; size = Integer.parseInt(line().trim(), 16)) {
                    content.write(in.readNBytes(size));
                    line();
                }
                line();
            } else if (length > 0) {
                content.write(in.readNBytes(length));
            }
            if (code != 201) {
                lastBody = content.toString(StandardCharsets.UTF_8);
            }
            return code;
        }

        boolean closing() {
            return closing;
        }

        String lastBody() {
            return lastBody;
        }

        private String line() throws java.io.IOException {
            StringBuilder b = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new java.io.EOFException("connection closed");
                }
                if (c != '\r') {
                    b.append((char) c);
                }
            }
            return b.toString();
        }
    }
}
