import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

/**
 * The monthly assessment at Beijing's scale: fills one month (2026-10) with tickets over all
 * streets, townships, departments and utilities (about half dispatched, with assists, callbacks
 * and exemptions), then times the monthly run through the API beside the plainest SQL aggregate
 * over the same rows (the limit), and the reading of one peer group's ranking (p50/p99).
 * Arguments: the server's base URL, the admin's password, the JDBC URL; -Dtickets, -Dreads.
 */
public class ScoringBench {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + args[1]).getBytes(StandardCharsets.UTF_8));
        int tickets = Integer.getInteger("tickets", 2_500_000);
        String password = Files.readString(Path.of(System.getProperty("pgpassfile"))).strip();
        try (Connection db = DriverManager.getConnection(args[2], "postgres", password)) {
            long filling = System.nanoTime();
            fill(db, tickets);
            System.out.printf("filled %,d tickets in %.1f s%n", tickets, (System.nanoTime() - filling) / 1e9);
            long limitNanos = limit(db);
            HttpClient http = HttpClient.newHttpClient();
            long start = System.nanoTime();
            HttpResponse<String> run = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/assessments/2026-10/run"))
                    .header("Authorization", auth).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"benchmark\"}")).build(), HttpResponse.BodyHandlers.ofString());
            long runNanos = System.nanoTime() - start;
            if (run.statusCode() != 200) {
                throw new IllegalStateException("run answered " + run.statusCode() + ": " + run.body());
            }
            List<Long> reads = new ArrayList<>();
            for (int i = 0; i < Integer.getInteger("reads", 200); i++) {
                long t = System.nanoTime();
                HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base
                        + "/api/v1/assessments/2026-10?group=SUBDISTRICT&size=50&page=" + (i % 3)))
                        .header("Authorization", auth).GET().build(), HttpResponse.BodyHandlers.ofString());
                reads.add(System.nanoTime() - t);
                if (page.statusCode() != 200 || !page.body().contains("PUBLISHED")) {
                    throw new IllegalStateException("read answered " + page.statusCode());
                }
            }
            Collections.sort(reads);
            System.out.println();
            System.out.println("==== scoring benchmark ====");
            System.out.printf("tickets in the month     : %,d%n", tickets);
            System.out.printf("monthly run (API)        : %.2f s%n", runNanos / 1e9);
            System.out.printf("plainest aggregate (SQL) : %.2f s%n", limitNanos / 1e9);
            System.out.printf("run / limit              : %.1f x%n", (double) runNanos / limitNanos);
            System.out.printf("peer group read p50/p99  : %.1f / %.1f ms (%d reads)%n", reads.get(reads.size() / 2) / 1e6,
                    reads.get((int) (reads.size() * 0.99) - 1) / 1e6, reads.size());
            System.out.printf("target (run < 30 s, read p99 < 100 ms): %s%n",
                    runNanos < 30e9 && reads.get((int) (reads.size() * 0.99) - 1) < 100e6 ? "MET" : "NOT MET");
        }
    }

    /** One month of tickets over the scored units, straight into the tables, in a few statements. */
    static void fill(Connection db, int tickets) throws Exception {
        try (Statement s = db.createStatement()) {
            s.execute("SET synchronous_commit = off");
            s.execute("CREATE TEMP TABLE bench_unit AS SELECT row_number() OVER (ORDER BY code) - 1 AS n, code, district_code "
                    + "FROM unit WHERE kind IN ('SUBDISTRICT','TOWNSHIP','DEPARTMENT','ENTERPRISE') AND valid_to IS NULL");
            s.execute("ANALYZE bench_unit");
            s.execute("""
                    INSERT INTO ticket (number, status, channel, type, urgency, content, created_at, created_by,
                        district_code, lead_unit_code, answered_at, completed_at, exemption_status, exemption_reason,
                        exemption_decided_at)
                    SELECT 'B' || lpad(g::text, 12, '0'),
                           CASE WHEN g % 2 = 0 THEN 'ANSWERED' ELSE 'CLOSED' END, 'PHONE', 'COMPLAINT', 'NORMAL',
                           'benchmark request ' || g,
                           TIMESTAMPTZ '2026-10-01 00:00+08' + (g % 2592000) * INTERVAL '1 second', 'bench',
                           u.district_code, CASE WHEN g % 2 = 1 THEN u.code END,
                           CASE WHEN g % 2 = 0 THEN TIMESTAMPTZ '2026-10-01 00:00+08' + (g % 2592000) * INTERVAL '1 second' END,
                           CASE WHEN g % 2 = 1 THEN TIMESTAMPTZ '2026-10-01 00:00+08' + (g % 2592000 + 86400) * INTERVAL '1 second' END,
                           CASE WHEN g % 100 = 7 THEN 'APPROVED' END, CASE WHEN g % 100 = 7 THEN 'DUPLICATE' END,
                           CASE WHEN g % 100 = 7 THEN TIMESTAMPTZ '2026-11-02 00:00+08' END
                    FROM generate_series(1, TICKETS) g
                    JOIN bench_unit u ON u.n = g % (SELECT count(*) FROM bench_unit)""".replace("TICKETS", String.valueOf(tickets)));
            s.execute("""
                    INSERT INTO assignment (ticket_id, unit_code, district_code, role, route, status, deadline_class,
                        dispatched_at, dispatched_by, accept_due_at, return_until, respond_due_at, complete_due_at,
                        accepted_at, responded_at, completed_at, reply)
                    SELECT t.id, t.lead_unit_code, t.district_code, 'LEAD', CASE WHEN t.id % 10 = 0 THEN 'RELAYED' ELSE 'DIRECT' END,
                           'COMPLETED', 'NORMAL', t.created_at, 'bench', t.created_at + INTERVAL '2 hours',
                           t.created_at + INTERVAL '1 day', t.created_at + INTERVAL '1 day', t.created_at + INTERVAL '15 days',
                           t.created_at + INTERVAL '1 hour',
                           t.created_at + CASE WHEN t.id % 13 = 0 THEN INTERVAL '2 days' ELSE INTERVAL '3 hours' END,
                           t.completed_at, 'done'
                    FROM ticket t WHERE t.created_by = 'bench' AND t.lead_unit_code IS NOT NULL""");
            s.execute("""
                    INSERT INTO assignment (ticket_id, unit_code, district_code, role, route, status, deadline_class,
                        dispatched_at, dispatched_by, accept_due_at, return_until, respond_due_at, complete_due_at,
                        responded_at)
                    SELECT t.id, u.code, u.district_code, 'ASSIST', 'DIRECT', 'RESPONDED', 'NORMAL', t.created_at, 'bench',
                           t.created_at + INTERVAL '2 hours', t.created_at + INTERVAL '1 day', t.created_at + INTERVAL '1 day',
                           t.created_at + INTERVAL '15 days', t.created_at + INTERVAL '5 hours'
                    FROM ticket t JOIN bench_unit u ON u.n = (t.id * 7) % (SELECT count(*) FROM bench_unit)
                    WHERE t.created_by = 'bench' AND t.lead_unit_code IS NOT NULL AND t.id % 5 = 0
                      AND u.code <> t.lead_unit_code""");
            s.execute("""
                    INSERT INTO callback (ticket_id, recorded_at, recorded_by, unreachable, resolved, satisfied)
                    SELECT t.id, coalesce(t.completed_at, t.answered_at) + INTERVAL '2 days', 'bench', t.id % 17 = 0,
                           CASE WHEN t.id % 17 = 0 THEN NULL WHEN t.id % 4 = 0 THEN 'NO' WHEN t.id % 4 = 1 THEN 'PARTLY' ELSE 'YES' END,
                           CASE WHEN t.id % 17 = 0 THEN NULL WHEN t.id % 3 = 0 THEN 'DISSATISFIED' WHEN t.id % 3 = 1 THEN 'BASICALLY' ELSE 'SATISFIED' END
                    FROM ticket t WHERE t.created_by = 'bench' AND t.id % 10 < 8""");
            s.execute("ANALYZE ticket");
            s.execute("ANALYZE assignment");
            s.execute("ANALYZE callback");
        }
    }

    /** The plainest aggregate over the same rows: the month's assignments and callbacks counted by unit. */
    static long limit(Connection db) throws Exception {
        try (Statement s = db.createStatement()) {
            long start = System.nanoTime();
            s.executeQuery("""
                    SELECT unit_code, count(*), count(*) FILTER (WHERE responded_at <= respond_due_at) FROM assignment
                    WHERE dispatched_at >= TIMESTAMPTZ '2026-10-01 00:00+08' AND dispatched_at < TIMESTAMPTZ '2026-11-01 00:00+08'
                    GROUP BY unit_code""").close();
            s.executeQuery("""
                    SELECT t.lead_unit_code, count(*), count(*) FILTER (WHERE c.resolved = 'YES') FROM callback c
                    JOIN ticket t ON t.id = c.ticket_id
                    WHERE c.recorded_at >= TIMESTAMPTZ '2026-10-01 00:00+08' AND c.recorded_at < TIMESTAMPTZ '2026-11-01 00:00+08'
                    GROUP BY t.lead_unit_code""").close();
            return System.nanoTime() - start;
        }
    }
}
