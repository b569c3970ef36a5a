package org.minhu.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Instants as Beijing people read them: {@code ${@times.at(t.createdAt)}}. */
@Component
class Times {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZoneId zone;

    Times(ZoneId cityZone) {
        this.zone = cityZone;
    }

    public String at(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant.atZone(zone));
    }
}
