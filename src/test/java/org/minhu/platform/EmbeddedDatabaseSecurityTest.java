package org.minhu.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.minhu.support.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** No one reaches the embedded PostgreSQL without its password, which only the data directory's owner can read. */
class EmbeddedDatabaseSecurityTest extends ApiTestSupport {

    @Autowired
    EmbeddedPostgres postgres;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DatabaseConfiguration.EmbeddedFiles files;

    private String url() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    @Test
    void aConnectionWithoutThePasswordIsRefused() {
        assertThatThrownBy(() -> DriverManager.getConnection(url(), "postgres", "").close())
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(url(), "postgres", "guess-1234567890").close())
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("28P01"));
    }

    @Test
    void theOwnerOnlyPasswordFileOpensIt() throws Exception {
        Path file = files.passwordFile();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (Connection c = DriverManager.getConnection(url(), "postgres", Files.readString(file).strip())) {
            assertThat(c.isValid(2)).isTrue();
        }
    }

    @Test
    void aDataDirectoryThatTrustedEveryoneIsLockedAtItsNextStart(@org.junit.jupiter.api.io.TempDir Path root) throws Exception {
        // as earlier versions left it: initdb -A trust, no password
        EmbeddedPostgres.builder().setDataDirectory(root.resolve("postgres")).setCleanDataDirectory(false).start().close();
        DatabaseConfiguration configuration = new DatabaseConfiguration();
        MinhuSettings settings = MinhuSettingsTest.bind(java.util.Map.of("minhu.data-dir", root.toString()));
        DatabaseConfiguration.EmbeddedFiles upgraded = configuration.embeddedFiles(settings);

        try (EmbeddedPostgres restarted = configuration.embeddedPostgres(upgraded, settings)) {
            String url = "jdbc:postgresql://localhost:" + restarted.getPort() + "/postgres";
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "").close()).isInstanceOf(SQLException.class);
            try (Connection c = DriverManager.getConnection(url, "postgres", upgraded.password())) {
                assertThat(c.isValid(2)).isTrue();
            }
        }
        assertThat(Files.readString(root.resolve("postgres/pg_hba.conf"))).doesNotContain("trust");
    }

    @Test
    void everyRuleAsksForThePasswordAndOnlyLoopbackListens() {
        assertThat(jdbc.sql("SELECT DISTINCT auth_method FROM pg_hba_file_rules").query(String.class).list())
                .containsExactly("scram-sha-256");
        assertThat(jdbc.sql("SHOW listen_addresses").query(String.class).single()).isEqualTo("localhost");
    }
}
