package org.minhu.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The data source: an external PostgreSQL when {@code minhu.db.url} is set, otherwise a durable
 * embedded PostgreSQL whose data lives under {@code minhu.data-dir}. The embedded server listens
 * on loopback only and asks every connection, local socket included, for the superuser's password
 * (scram-sha-256), which is kept in {@code <data-dir>/postgres.password} (owner-only).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    /** Where the embedded server keeps its data and its password (the data directory is resolved once). */
    record EmbeddedFiles(Path directory, Path passwordFile, String password) {

        @Override
        public String toString() {
            return "EmbeddedFiles[" + directory + ", " + passwordFile + "]"; // never the password
        }
    }

    @Bean
    @ConditionalOnExpression("'${minhu.db.url:}'.isEmpty()")
    EmbeddedFiles embeddedFiles(MinhuSettings settings) {
        Path root = Path.of(settings.dataDir()).toAbsolutePath().normalize();
        Path passwordFile = root.resolve("postgres.password");
        return new EmbeddedFiles(root.resolve("postgres"), passwordFile, EmbeddedPassword.readOrCreate(passwordFile));
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${minhu.db.url:}'.isEmpty()")
    EmbeddedPostgres embeddedPostgres(EmbeddedFiles files, MinhuSettings settings) {
        int port = settings.db().embeddedPort();
        Path directory = files.directory();
        Path passwordFile = files.passwordFile();
        String password = files.password();
        LeftoverPostmaster.stopIfRunning(directory);
        try {
            Files.createDirectories(directory.getParent());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    // Spring stops it (destroyMethod), after the beans that still need the database at
                    // shutdown; the library's own JVM hook would stop it at the same time, from under them
                    .setRegisterShutdownHook(false)
                    // initdb: password authentication from the start (these override the library's "-A trust")
                    .setLocaleConfig("auth", "scram-sha-256")
                    .setLocaleConfig("pwfile", passwordFile.toString())
                    .setConnectConfig("password", password)
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(java.time.Duration.ofSeconds(120))
                    // the library's defaults suit throw-away test databases: durability back on
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("max_connections", "200");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            EmbeddedAuthentication.requirePassword(postgres, directory, password);
            log.info("Embedded PostgreSQL on localhost:{} with data in {} (password in {})", postgres.getPort(),
                    directory, passwordFile);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + directory, e);
        }
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${minhu.db.url:}'.isEmpty()")
    DataSource embeddedDataSource(EmbeddedPostgres postgres, EmbeddedFiles files, MinhuSettings settings) {
        return pool("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", "postgres", files.password(),
                settings.db().poolSize());
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("!'${minhu.db.url:}'.isEmpty()")
    DataSource externalDataSource(MinhuSettings settings) {
        MinhuSettings.Db db = settings.db();
        return pool(db.url(), db.user(), db.password(), db.poolSize());
    }

    private static HikariDataSource pool(String url, String user, String password, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("minhu");
        return new HikariDataSource(config);
    }
}
