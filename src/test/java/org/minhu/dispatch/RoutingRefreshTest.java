package org.minhu.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minhu.support.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Routing follows the directory in the database: a unit added or renamed there is routed within a minute. */
class RoutingRefreshTest extends ApiTestSupport {

    static final String CODE = "T11010599901";
    static final String NAME = "民呼测试街道";
    static final String NEW_NAME = "民呼更名街道";

    @Autowired
    Routing routing;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTheUnit() {
        jdbc.sql("DELETE FROM unit WHERE code = ?").param(CODE).update();
        clock.set(START);
    }

    List<String> routed(String street) {
        return routing.suggest(new RoutingQuery("北京市朝阳区" + street + "1号院", null, null, null, null, null))
                .stream().map(RoutingSuggestion::unitCode).toList();
    }

    void addTheStreet() {
        jdbc.sql("INSERT INTO unit (code, name, kind, parent_code, district_code) VALUES (?, ?, 'SUBDISTRICT', ?, ?)")
                .params(CODE, NAME, CHAOYANG, CHAOYANG).update();
    }

    @Test
    void aUnitAddedToTheDirectoryIsRoutedWithinAMinute() {
        assertThat(routed(NAME)).containsExactly(CHAOYANG);

        addTheStreet();
        clock.advance(Duration.ofSeconds(61));

        assertThat(routed(NAME)).containsExactly(CODE, CHAOYANG);
    }

    @Test
    void aRenamedUnitIsRoutedByItsNewNameWithinAMinute() {
        assertThat(routed(NAME)).containsExactly(CHAOYANG);
        addTheStreet();
        clock.advance(Duration.ofSeconds(61));
        assertThat(routed(NEW_NAME)).doesNotContain(CODE);

        jdbc.sql("UPDATE unit SET name = ? WHERE code = ?").params(NEW_NAME, CODE).update();
        clock.advance(Duration.ofSeconds(61));

        assertThat(routed(NEW_NAME)).containsExactly(CODE, CHAOYANG);
        assertThat(routed(NAME)).doesNotContain(CODE);
    }
}
