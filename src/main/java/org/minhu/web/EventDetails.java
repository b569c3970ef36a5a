package org.minhu.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * An event's data as one short line in the reader's language: unit codes become names, codes
 * (role, route, channel, callback answers) their labels, instants Beijing time.
 */
@Component
class EventDetails {

    private static final Set<String> LABELLED = Set.of("role", "route", "channel", "resolved", "satisfied", "reasonCode");
    /** Facts the page shows elsewhere (the assignment's deadlines, the answer, the reply), not again in the log. */
    private static final Set<String> SHOWN_ELSEWHERE = Set.of("acceptDueAt", "respondDueAt", "answer", "reply");
    private static final Set<String> INSTANTS = Set.of("callbackDueAt", "until", "completeDueAt", "dueAt", "from", "to");

    private final UnitLabels units;
    private final Times times;
    private final MessageSource messages;

    EventDetails(UnitLabels units, Times times, MessageSource messages) {
        this.units = units;
        this.times = times;
        this.messages = messages;
    }

    public String of(Map<String, Object> data) {
        if (data.containsKey("deadline") && data.containsKey("from") && data.containsKey("to")) {
            // a recomputed deadline reads "办结时限 03-07 → 03-08 (暂定)", whatever order the database keeps the keys in
            String moved = value("deadline", String.valueOf(data.get("deadline"))) + " "
                    + value("from", String.valueOf(data.get("from"))) + " → " + value("to", String.valueOf(data.get("to")));
            String provisional = value("provisional", String.valueOf(data.get("provisional")));
            return provisional.isEmpty() ? moved : moved + " · " + provisional;
        }
        return data.entrySet().stream().filter(e -> !SHOWN_ELSEWHERE.contains(e.getKey()))
                .map(e -> value(e.getKey(), String.valueOf(e.getValue())))
                .filter(v -> !v.isEmpty()).collect(Collectors.joining(" · "));
    }

    private String value(String key, String value) {
        if (key.equals("unitCode")) {
            return units.name(value);
        }
        if (LABELLED.contains(key)) {
            return messages.getMessage(key + "." + value, null, value, LocaleContextHolder.getLocale());
        }
        if (INSTANTS.contains(key)) {
            try {
                return times.at(Instant.parse(value));
            } catch (DateTimeParseException e) {
                return value;
            }
        }
        if (key.equals("unreachable")) {
            return "true".equals(value) ? messages.getMessage("outcome.UNREACHABLE", null, LocaleContextHolder.getLocale()) : "";
        }
        if (key.equals("deadline") || key.equals("step")) {
            return messages.getMessage("deadline." + value, null, value, LocaleContextHolder.getLocale());
        }
        if (key.equals("provisional")) {
            return "true".equals(value) ? messages.getMessage("deadline.provisional", null, LocaleContextHolder.getLocale()) : "";
        }
        if (key.equals("workingDays")) {
            return messages.getMessage("event.working-days", new Object[] {value}, LocaleContextHolder.getLocale());
        }
        if (key.equals("reopened")) {
            return ""; // the REOPENED event just before says it
        }
        return value;
    }
}
