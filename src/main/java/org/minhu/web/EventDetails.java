package org.minhu.web;

import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** An event's data as one short line: unit codes become names, the rest is shown as it is. */
@Component
class EventDetails {

    private final UnitLabels units;

    EventDetails(UnitLabels units) {
        this.units = units;
    }

    public String of(Map<String, Object> data) {
        return data.entrySet().stream()
                .map(e -> e.getKey().equals("unitCode") ? units.name(String.valueOf(e.getValue())) : String.valueOf(e.getValue()))
                .collect(Collectors.joining(" · "));
    }
}
