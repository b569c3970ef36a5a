package org.minhu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill -9 under load: the application runs as a separate JVM on its own data directory, clients
 * create tickets over HTTP, and the JVM is SIGKILLed mid-stream. Its embedded PostgreSQL survives
 * the kill (a separate process, started through pg_ctl), still holding the data directory: the restarted
 * application must stop it, come up, and still have every ticket it acknowledged with a 201.
 */
class CrashRecoveryTest {

    private static final String ADMIN_PASSWORD = "crash-admin-password";
    private static final String OPERATOR = "crash-op";
    private static final String OPERATOR_PASSWORD = "crash-operator-password";
    private static final int CLIENTS = 8;
    private static final String JIANWAI = "110105001000";

    @TempDir
    Path data;
    @TempDir
    Path probeClasses;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyAcknowledgedTicketSurvivesSigkillInTheDatabaseAndTheSearchIndex() throws Exception {
        Path logs = Files.createDirectories(Path.of("target", "crash-test"));
        Process first = null;
        Process second = null;
        Optional<ProcessHandle> postmaster = Optional.empty();
        try {
            int port = freePort();
            first = start(port, logs.resolve("first.log"));
            String base = "http://127.0.0.1:" + port;
            awaitUp(first, base, logs.resolve("first.log"));
            createOperator(base);

            Queue<Long> acknowledged = new ConcurrentLinkedQueue<>();
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.add(Thread.ofPlatform().name("crash-client-" + c).start(() -> createTickets(base, client, stop, acknowledged, false)));
            }
            Instant loadStart = Instant.now();
            while (Duration.between(loadStart, Instant.now()).toMillis() < 1500
                    || acknowledged.size() < 300 && Duration.between(loadStart, Instant.now()).toSeconds() < 20) {
                Thread.sleep(50);
            }

            postmaster = LeftoverPostmaster.find(data.resolve("postgres"));
            assertThat(postmaster).as("the embedded PostgreSQL of the running application").isPresent();
            assertThat(postmaster.get().isAlive()).isTrue();

            first.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no clean database stop
            first.waitFor();
            stop.set(true);
            for (Thread client : clients) {
                client.join(10_000);
            }
            int count = acknowledged.size();
            System.out.println("Crash test: " + count + " tickets acknowledged with 201 before the SIGKILL");
            assertThat(postmaster.get().isAlive())
                    .as("the postmaster outlives the SIGKILLed JVM: the trap the restart must handle").isTrue();
            assertThat(count).as("tickets acknowledged before the kill").isGreaterThan(100);

            second = start(port, logs.resolve("second.log"));
            awaitUp(second, base, logs.resolve("second.log"));
            assertThat(postmaster.get().isAlive()).as("the leftover postmaster was stopped").isFalse();

            List<Long> missing = new ArrayList<>();
            for (long id : acknowledged) {
                HttpResponse<String> found = http.send(request(base + "/api/v1/tickets/" + id, OPERATOR, OPERATOR_PASSWORD)
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
                if (found.statusCode() != 200 || !found.body().contains("\"id\":" + id)) {
                    missing.add(id);
                }
            }
            System.out.println("Crash test: after the restart " + (count - missing.size()) + " of " + count + " found");
            assertThat(missing).as("acknowledged tickets missing after the crash").isEmpty();

            // the node's search index, killed with it, reads the log again from its last commit
            Instant giveUp = Instant.now().plusSeconds(60);
            java.util.Set<Long> found = searched(base);
            while (!found.containsAll(acknowledged) && Instant.now().isBefore(giveUp)) {
                Thread.sleep(500);
                found = searched(base);
            }
            java.util.Set<Long> searchable = found;
            List<Long> unsearchable = acknowledged.stream().filter(id -> !searchable.contains(id)).toList();
            System.out.println("Crash test: after the restart the search index finds " + (count - unsearchable.size())
                    + " of " + count);
            assertThat(unsearchable).as("acknowledged tickets the search index never caught up with").isEmpty();

            stopGracefully(second);
            assertThat(second.exitValue()).as("a graceful stop").isIn(0, 143);
            assertThat(Files.readString(logs.resolve("second.log")))
                    .as("nothing at shutdown waits for a database already stopped")
                    .doesNotContain("Connection is not available").doesNotContain("request timed out");
        } finally {
            stopGracefully(second);
            if (first != null && first.isAlive()) {
                first.destroyForcibly();
                first.waitFor();
            }
            // whatever holds the data directory now: the first run's postmaster or the second's
            postmaster.ifPresent(CrashRecoveryTest::stopPostgres);
            LeftoverPostmaster.find(data.resolve("postgres")).ifPresent(CrashRecoveryTest::stopPostgres);
        }
    }

    /**
     * Tickets are created and dispatched by eight clients while a slow listener (a probe loaded
     * into the application) notes every {@link org.minhu.ticket.TicketEventRecorded}; the JVM is
     * SIGKILLed with publications outstanding. After the restart the listener has received every
     * event row of the log: none lost, and none written past the {@code EventLog}, which alone publishes.
     */
    @Test
    void everyCommittedEventReachesItsListenerAcrossSigkill() throws Exception {
        Path logs = Files.createDirectories(Path.of("target", "crash-test"));
        int port = freePort();
        int dbPort = freePort();
        List<String> extra = List.of(probe().toString(), "--minhu.db.embedded-port=" + dbPort);
        Process first = null;
        Process second = null;
        try {
            first = start(port, logs.resolve("events-first.log"), extra);
            String base = "http://127.0.0.1:" + port;
            awaitUp(first, base, logs.resolve("events-first.log"));
            createOperator(base);
            sql(dbPort, "CREATE TABLE probe_received (event_id bigint PRIMARY KEY)");

            Queue<Long> acknowledged = new ConcurrentLinkedQueue<>();
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.add(Thread.ofPlatform().start(() -> createTickets(base, client, stop, acknowledged, true)));
            }
            Instant loadStart = Instant.now();
            while (Duration.between(loadStart, Instant.now()).toMillis() < 2000
                    || acknowledged.size() < 200 && Duration.between(loadStart, Instant.now()).toSeconds() < 20) {
                Thread.sleep(50);
            }
            first.destroyForcibly();
            first.waitFor();
            stop.set(true);
            for (Thread client : clients) {
                client.join(10_000);
            }
            long outstanding = count(dbPort, "SELECT count(*) FROM event_publication WHERE completion_date IS NULL");
            long written = count(dbPort, "SELECT count(*) FROM ticket_event");
            System.out.println("Event crash test: " + written + " events committed, " + outstanding
                    + " publications outstanding at the SIGKILL");
            assertThat(outstanding).as("publications the kill left outstanding").isPositive();

            second = start(port, logs.resolve("events-second.log"), extra);
            awaitUp(second, base, logs.resolve("events-second.log"));
            String missing = "SELECT count(*) FROM ticket_event e WHERE NOT EXISTS "
                    + "(SELECT 1 FROM probe_received r WHERE r.event_id = e.id)";
            Instant giveUp = Instant.now().plusSeconds(60);
            while (count(dbPort, missing) > 0 && Instant.now().isBefore(giveUp)) {
                Thread.sleep(250);
            }
            System.out.println("Event crash test: after the restart " + count(dbPort, "SELECT count(*) FROM probe_received")
                    + " received of " + count(dbPort, "SELECT count(*) FROM ticket_event"));
            assertThat(count(dbPort, missing)).as("committed events the listener never received").isZero();
            assertThat(count(dbPort, "SELECT count(*) FROM ticket_event WHERE type = 'DISPATCHED'")).isPositive();
        } finally {
            stopGracefully(second);
            if (first != null && first.isAlive()) {
                first.destroyForcibly();
                first.waitFor();
            }
            LeftoverPostmaster.find(data.resolve("postgres")).ifPresent(CrashRecoveryTest::stopPostgres);
        }
    }

    /** The ids the search index finds for the words every crash-test ticket has (nothing while it is not ready). */
    private java.util.Set<Long> searched(String base) throws Exception {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        for (int page = 0; page < 20; page++) {
            HttpResponse<String> r = http.send(request(base + "/api/v1/search?q=%E6%B2%B9%E7%83%9F%E6%89%B0%E6%B0%91&size=500&page="
                    + page, OPERATOR, OPERATOR_PASSWORD).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200 || !r.body().contains("\"source\":\"INDEX\"")) {
                return java.util.Set.of();
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\"id\":(\\d+),\"number\"").matcher(r.body());
            int before = ids.size();
            while (m.find()) {
                ids.add(Long.parseLong(m.group(1)));
            }
            if (ids.size() - before < 500) {
                return ids;
            }
        }
        return ids;
    }

    /** A class path entry holding only the probe listener, made an auto-configuration of the application. */
    private Path probe() throws IOException {
        Path root = probeClasses;
        Path classes = Path.of("target", "test-classes", "minhuprobe");
        Path into = Files.createDirectories(root.resolve("minhuprobe"));
        try (Stream<Path> files = Files.list(classes)) {
            for (Path file : files.toList()) {
                Files.copy(file, into.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path imports = Files.createDirectories(root.resolve("META-INF/spring"))
                .resolve("org.springframework.boot.autoconfigure.AutoConfiguration.imports");
        Files.writeString(imports, "minhuprobe.ReceivedEventsProbe\n");
        return root;
    }

    private java.sql.Connection connect(int dbPort) throws Exception {
        String password = Files.readString(data.resolve("postgres.password")).strip();
        return java.sql.DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + dbPort + "/postgres", "postgres", password);
    }

    private void sql(int dbPort, String statement) throws Exception {
        try (var connection = connect(dbPort); var s = connection.createStatement()) {
            s.execute(statement);
        }
    }

    private long count(int dbPort, String query) throws Exception {
        try (var connection = connect(dbPort); var s = connection.createStatement(); var rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void createTickets(String base, int client, AtomicBoolean stop, Queue<Long> acknowledged, boolean dispatch) {
        HttpClient own = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        int n = 0;
        while (!stop.get()) {
            String body = "{\"channel\":\"PHONE\",\"type\":\"COMPLAINT\",\"content\":\"朝阳区建外街道光华路小区油烟扰民，第"
                    + client + "-" + n++ + "次反映\",\"location\":{\"address\":\"北京市朝阳区建外街道\"}}";
            try {
                HttpResponse<String> response = own.send(request(base + "/api/v1/tickets", OPERATOR, OPERATOR_PASSWORD)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201) {
                    String location = response.headers().firstValue("Location").orElseThrow();
                    long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
                    acknowledged.add(id);
                    if (dispatch) {
                        own.send(request(base + "/api/v1/tickets/" + id + "/dispatch", OPERATOR, OPERATOR_PASSWORD)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"unitCode\":\"" + JIANWAI + "\"}")).build(),
                                HttpResponse.BodyHandlers.discarding());
                    }
                }
            } catch (IOException dead) {
                return; // the server is gone: whatever was not acknowledged does not count
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The application as its own JVM, on the test's classpath less the test classes (no test configuration). */
    private Process start(int port, Path log) throws IOException {
        return start(port, log, null);
    }

    /** With {@code extra}: a class path entry to add, then arguments for the application. */
    private Process start(int port, Path log, List<String> extra) throws IOException {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String classpath = Stream.concat(Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                        .filter(entry -> !Path.of(entry).endsWith("test-classes")),
                        extra == null ? Stream.empty() : Stream.of(extra.getFirst()))
                .collect(Collectors.joining(File.pathSeparator));
        assertThat(classpath).as("the test JVM's class path names the application's classes").contains("classes");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", classpath, "org.minhu.MinhuApplication")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("MINHU_DATA_DIR", data.toString());
        builder.environment().put("SERVER_PORT", String.valueOf(port));
        builder.environment().put("MINHU_ADMIN_PASSWORD", ADMIN_PASSWORD);
        builder.environment().remove("MINHU_DB_URL");
        if (extra != null) {
            builder.command().addAll(extra.subList(1, extra.size()));
        }
        return builder.start();
    }

    private void awaitUp(Process app, String base, Path log) throws Exception {
        Instant giveUp = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(giveUp)) {
            if (!app.isAlive()) {
                throw new AssertionError("the application exited with " + app.exitValue() + ":\n" + tail(log));
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                        .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the application did not come up within 90 s:\n" + tail(log));
    }

    private void createOperator(String base) throws Exception {
        HttpResponse<String> created = http.send(request(base + "/api/v1/users", "admin", ADMIN_PASSWORD)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + OPERATOR + "\",\"password\":\""
                        + OPERATOR_PASSWORD + "\",\"role\":\"OPERATOR\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    private static HttpRequest.Builder request(String uri, String user, String password) {
        return HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    private static void stopGracefully(Process app) throws InterruptedException {
        if (app == null || !app.isAlive()) {
            return;
        }
        app.destroy(); // SIGTERM: graceful shutdown stops the embedded PostgreSQL too
        if (!app.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            app.destroyForcibly();
            app.waitFor();
        }
    }

    private static void stopPostgres(ProcessHandle postmaster) {
        if (!postmaster.isAlive()) {
            return;
        }
        postmaster.destroy(); // SIGTERM: smart shutdown
        try {
            postmaster.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception slow) {
            postmaster.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
