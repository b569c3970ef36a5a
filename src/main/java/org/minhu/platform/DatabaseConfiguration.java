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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The data source: an external PostgreSQL when {@code minhu.db.url} is set, otherwise a durable
 * embedded PostgreSQL whose data lives under {@code minhu.data-dir}.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${minhu.db.url:}'.isEmpty()")
    EmbeddedPostgres embeddedPostgres(@Value("${minhu.data-dir:./data}") String dataDir,
                                      @Value("${minhu.db.embedded-port:0}") int port) {
        Path directory = Path.of(dataDir, "postgres").toAbsolutePath().normalize();
        LeftoverPostmaster.stopIfRunning(directory);
        try {
            Files.createDirectories(directory.getParent());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
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
            log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), directory);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + directory, e);
        }
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${minhu.db.url:}'.isEmpty()")
    DataSource embeddedDataSource(EmbeddedPostgres postgres, @Value("${minhu.db.pool-size:32}") int poolSize) {
        return pool(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", poolSize);
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("!'${minhu.db.url:}'.isEmpty()")
    DataSource externalDataSource(@Value("${minhu.db.url}") String url,
                                  @Value("${minhu.db.user:}") String user,
                                  @Value("${minhu.db.password:}") String password,
                                  @Value("${minhu.db.pool-size:32}") int poolSize) {
        return pool(url, user, password, poolSize);
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
