package org.minhu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The full demo month (55,000 tickets by default) on the real clock, timed. Not part of the normal
 * build: {@code ./mvnw test -Dtest=DemoLoadBenchmark -Dminhu.bench=true}.
 */
@SpringBootTest(properties = "minhu.demo.password=bench-password")
@EnabledIfSystemProperty(named = "minhu.bench", matches = "true")
class DemoLoadBenchmark {

    @Autowired
    DemoLoader loader;

    @Test
    void loadsTheFullMonthInTime() {
        DemoLoader.Outcome outcome = loader.load();
        System.out.printf("%nDEMO BENCH: %d tickets, %d assignments, %d callbacks, %d events in %d ms%n  tickets %s%n  assignments %s%n%n",
                outcome.tickets().tickets(), outcome.tickets().assignments(), outcome.tickets().callbacks(),
                outcome.tickets().events(), outcome.took().toMillis(), outcome.tickets().byStatus(),
                outcome.tickets().assignmentsByStatus());
        assertThat(outcome.took().toSeconds()).isLessThan(60);
    }
}
