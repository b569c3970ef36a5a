package org.minhu.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * Deadlines stored at dispatch, across the Spring Festival and National Day holidays of 2024 and
 * 2025 with their make-up workdays (调休). Times are Beijing time.
 */
class FestivalDeadlineTest extends TicketApiTestSupport {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @ParameterizedTest(name = "dispatched {0}: complete by {1}")
    @CsvSource({
            // 2024 Spring Festival: off 02-10..02-17, make-up workdays Sun 02-04 and Sun 02-18
            "2024-02-08T10:00, 2024-02-23T10:00",
            "2024-02-04T09:00, 2024-02-19T09:00",
            // 2025 Spring Festival: off 01-28..02-04, make-up workdays Sun 01-26 and Sat 02-08
            "2025-01-24T16:00, 2025-02-10T16:00",
            "2025-01-26T11:00, 2025-02-11T11:00",
            // 2024 National Day: off 10-01..10-07, make-up workdays Sun 09-29 and Sat 10-12
            "2024-09-27T10:00, 2024-10-12T10:00",
            "2024-10-03T15:00, 2024-10-16T00:00",
            // 2025 National Day and Mid-Autumn: off 10-01..10-08, make-up workdays Sun 09-28 and Sat 10-11
            "2025-09-26T10:00, 2025-10-13T10:00",
            "2025-10-05T10:00, 2025-10-17T00:00"})
    void completionDeadlineSkipsHolidaysAndCountsMakeUpWorkdays(String dispatchedAt, String completeBy) throws Exception {
        clock.set(beijing(dispatchedAt));
        JsonNode ticket = newTicket();

        JsonNode lead = assignmentOf(dispatch(ticket.get("id").asLong(), JIANWAI, "LEAD"), JIANWAI);

        assertThat(Instant.parse(lead.get("completeDueAt").asString())).isEqualTo(beijing(completeBy));
        assertThat(Instant.parse(lead.get("acceptDueAt").asString())).isEqualTo(beijing(dispatchedAt).plusSeconds(7200));
    }

    private static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant();
    }
}
