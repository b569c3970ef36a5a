package minhuprobe;

import org.minhu.ticket.TicketEventRecorded;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * A listener for the crash test, loaded into the application it starts as its own JVM (through an
 * AutoConfiguration.imports file of the test's making; outside {@code org.minhu}, so no other test
 * context scans it): notes the id of every {@link TicketEventRecorded} it receives.
 */
@AutoConfiguration
public class ReceivedEventsProbe {

    @Bean
    Listener receivedEventsListener(JdbcClient jdbc) {
        return new Listener(jdbc);
    }

    /** Writes each received event's id into {@code probe_received}, which the test created. */
    public static class Listener {

        private final JdbcClient jdbc;

        Listener(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        /** Slow on purpose, so that the SIGKILL leaves publications incomplete for the restart to hand out again. */
        @ApplicationModuleListener
        void on(TicketEventRecorded event) throws InterruptedException {
            Thread.sleep(200);
            jdbc.sql("INSERT INTO probe_received (event_id) VALUES (:id) ON CONFLICT DO NOTHING")
                    .param("id", event.eventId()).update();
        }
    }
}
