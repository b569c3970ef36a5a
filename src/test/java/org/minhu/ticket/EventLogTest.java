package org.minhu.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The event log's contract: every type has its record, written and read back as it was, and one writer. */
class EventLogTest {

    private static final Instant AT = Instant.parse("2025-03-03T02:00:00Z");
    private final JsonMapper json = JsonMapper.builder().build();
    private final EventLog log = new EventLog(null, json, null);

    static List<TicketEvent> oneOfEach() {
        return List.of(new TicketEvent.Created(Channel.PHONE), new TicketEvent.Answered("已答复"),
                new TicketEvent.Dispatched("110105001000", AssignmentRole.LEAD, Route.DIRECT, null, null, AT,
                        AT.plusSeconds(3600), AT.plusSeconds(86_400)),
                new TicketEvent.Dispatched("110105001000", AssignmentRole.LEAD, Route.RELAYED, "110105000000", true, AT,
                        AT, AT),
                new TicketEvent.Accepted(), new TicketEvent.ReturnRequested("不属本单位"), new TicketEvent.ReturnApproved(),
                new TicketEvent.ReturnRejected(), new TicketEvent.Responded(),
                new TicketEvent.ExtensionRequested(AT, 5, "需要协调"), new TicketEvent.ExtensionApproved(AT),
                new TicketEvent.ExtensionRejected(), new TicketEvent.AssignmentCompleted("已修复", null),
                new TicketEvent.AssignmentCompleted("已修复", "110105002000"), new TicketEvent.Completed(AT),
                new TicketEvent.CallbackRecorded(false, Resolved.YES, Satisfied.SATISFIED),
                new TicketEvent.CallbackRecorded(true, null, null), new TicketEvent.Closed(), new TicketEvent.Reopened(2),
                new TicketEvent.Merged(7L, "2503030000007"), new TicketEvent.DuplicateMerged(8L, "2503030000008"),
                new TicketEvent.Terminated("重复"), new TicketEvent.Supervised(null), new TicketEvent.Supervised("加快"),
                new TicketEvent.Supervised("限期", SupervisionLevel.CITY, AT), new TicketEvent.SupervisionLifted("LIFTED", "已整改"),
                new TicketEvent.WhistleBlown(3L, WhistleType.EMERGENCY, java.util.List.of("D11000000004"), "燃气泄漏", AT),
                new TicketEvent.ReportedIn(3L, true, "已到场"), new TicketEvent.WhistleWorkRecorded(3L, "已关阀"),
                new TicketEvent.WhistleClosed(3L),
                new TicketEvent.PhoneRevealed(), new TicketEvent.Overdue("COMPLETE", AT),
                new TicketEvent.ExemptionRequested(ExemptionReason.LITIGATION, "已进入行政复议"),
                new TicketEvent.ExemptionApproved(), new TicketEvent.ExemptionRejected("证据不足"),
                new TicketEvent.DeadlineRecomputed("COMPLETE", AT, AT.plusSeconds(86_400), false));
    }

    @Test
    void everyEventTypeHasItsRecord() {
        assertThat(oneOfEach()).extracting(TicketEvent::type).containsAll(Arrays.asList(TicketEventType.values()));
        for (TicketEventType type : TicketEventType.values()) {
            assertThat(TicketEvent.classOf(type).getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase())
                    .isEqualTo(type.name());
        }
    }

    @Test
    void anEventIsReadBackAsItWasWritten() throws Exception {
        for (TicketEvent event : oneOfEach()) {
            String data = json.writeValueAsString(event);
            assertThat(log.read(event.type(), data)).isEqualTo(event);
        }
    }

    @Test
    void rowsOfEarlierReleasesAreReadToo() {
        // the sweep once wrote dueAt with an offset, and empty events as {}
        assertThat(log.read(TicketEventType.OVERDUE, "{\"step\": \"ACCEPT\", \"dueAt\": \"2025-03-03T10:00:00+08:00\"}"))
                .isEqualTo(new TicketEvent.Overdue("ACCEPT", AT));
        assertThat(log.read(TicketEventType.ACCEPTED, "{}")).isEqualTo(new TicketEvent.Accepted());
        assertThat(log.read(TicketEventType.DISPATCHED, "{\"role\": \"LEAD\", \"route\": \"DIRECT\", \"unitCode\": \"1\"}"))
                .isEqualTo(new TicketEvent.Dispatched("1", AssignmentRole.LEAD, Route.DIRECT, null, null, null, null, null));
    }

    @Test
    void aPublishedEventTravelsThroughThePublicationRegistryWithItsFacts() throws Exception {
        for (TicketEvent event : oneOfEach()) {
            TicketEventRecorded recorded = new TicketEventRecorded(42, 7, 9L, AT, "op", null, event);
            String stored = json.writeValueAsString(recorded);
            assertThat(json.readValue(stored, TicketEventRecorded.class)).isEqualTo(recorded);
        }
    }

    @Test
    void onlyTheEventLogWritesTheEventTable() throws IOException {
        Pattern writes = Pattern.compile("(INSERT\\s+INTO|COPY)\\s+ticket_event\\b|\"ticket_event\"|UPDATE\\s+ticket_event\\b",
                Pattern.CASE_INSENSITIVE);
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<String> writers = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> writes.matcher(read(f)).find())
                    .map(f -> f.getFileName().toString()).toList();
            assertThat(writers).containsExactly("EventLog.java");
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
