package org.minhu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded PostgreSQL is made for keeping data, not for throw-away tests. */
@SpringBootTest
class EmbeddedDatabaseTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyCommitReachesTheDisk() {
        assertThat(setting("fsync")).isEqualTo("on");
        assertThat(setting("synchronous_commit")).isEqualTo("on");
        assertThat(setting("full_page_writes")).isEqualTo("on");
    }

    @Test
    void itIsARealPostgreSql() {
        assertThat(jdbc.sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL 17");
    }

    private String setting(String name) {
        return jdbc.sql("SELECT current_setting(:name)").param("name", name).query(String.class).single();
    }
}
