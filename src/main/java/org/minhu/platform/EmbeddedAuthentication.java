package org.minhu.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a data directory made before passwords were required up to date: such a server trusted
 * every local connection. It gets the superuser password and a {@code pg_hba.conf} that asks for it
 * on every connection, and reloads. A data directory made now needs nothing: initdb set both.
 */
final class EmbeddedAuthentication {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedAuthentication.class);

    static final String HBA = """
            # Minhu: every connection gives the superuser's password (scram-sha-256); TCP on loopback only.
            # TYPE  DATABASE  USER  ADDRESS        METHOD
            local   all       all                  scram-sha-256
            host    all       all   127.0.0.1/32   scram-sha-256
            host    all       all   ::1/128        scram-sha-256
            """;

    private EmbeddedAuthentication() {
    }

    static void requirePassword(EmbeddedPostgres postgres, Path directory, String password) {
        Path hba = directory.resolve("pg_hba.conf");
        try {
            if (Files.readAllLines(hba).stream().map(String::strip)
                    .noneMatch(line -> !line.startsWith("#") && line.matches(".*\\btrust\\s*$"))) {
                return;
            }
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                // the driver hashes it: the password itself never reaches the server or its log
                c.unwrap(PGConnection.class).alterUserPassword("postgres", password.toCharArray(), "scram-sha-256");
                Files.writeString(hba, HBA);
                s.execute("SELECT pg_reload_conf()");
            }
            log.warn("The embedded PostgreSQL in {} trusted every local connection: it now asks for the password", directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot secure the embedded PostgreSQL in " + directory, e);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot secure the embedded PostgreSQL in " + directory, e);
        }
    }
}
