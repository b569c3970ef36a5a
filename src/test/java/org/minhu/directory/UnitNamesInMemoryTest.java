package org.minhu.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minhu.support.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Pages label units from the directory in memory: no query per row, a rename seen within half a minute. */
class UnitNamesInMemoryTest extends ApiTestSupport {

    static final String CODE = "T11000000901";

    @Autowired
    Units units;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTheUnit() {
        jdbc.sql("DELETE FROM unit WHERE code = ?").param(CODE).update();
        clock.set(START);
    }

    @Test
    void unitNamesComeFromMemoryAndFollowARenameWithinHalfAMinute() {
        assertThat(units.nameOf(CODE)).isEmpty();
        jdbc.sql("INSERT INTO unit (code, name, kind) VALUES (?, '民呼测试局', 'DEPARTMENT')").param(CODE).update();
        clock.advance(Duration.ofSeconds(31));
        assertThat(units.nameOf(CODE)).contains("民呼测试局");

        jdbc.sql("UPDATE unit SET name = '民呼改名局' WHERE code = ?").param(CODE).update();
        assertThat(units.nameOf(" " + CODE + " ")).contains("民呼测试局"); // from memory, not the table
        clock.advance(Duration.ofSeconds(31));
        assertThat(units.nameOf(CODE)).contains("民呼改名局");
    }

    @Test
    void aUnitNoLongerInForceKeepsItsNameButIsNotInForce() {
        assertThat(units.nameOf(CODE)).isEmpty();
        jdbc.sql("INSERT INTO unit (code, name, kind, valid_to) VALUES (?, '民呼撤销局', 'DEPARTMENT', DATE '2020-01-01')")
                .param(CODE).update();
        clock.advance(Duration.ofSeconds(31));

        assertThat(units.nameOf(CODE)).contains("民呼撤销局");
        assertThat(units.inForce(CODE)).isEmpty();
        assertThat(units.all()).extracting(Unit::code).doesNotContain(CODE);
        assertThat(units.nameOf("T11000000999")).isEmpty();
        assertThat(units.nameOf(null)).isEmpty();
    }
}
