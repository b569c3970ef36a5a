package org.minhu.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.minhu.ticket.TicketExportRow;
import org.minhu.ticket.TicketQuery;
import org.minhu.ticket.Tickets;
import org.minhu.directory.Actor;

/**
 * The ticket list as an Excel workbook, written as the rows stream from the database (POI's
 * streaming workbook keeps 200 rows in memory), in the reader's language, masked as they see it.
 */
final class TicketWorkbook {

    static final String TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> HEADERS = List.of("col.number", "col.created", "col.channel", "col.type",
            "col.urgency", "col.status", "col.category", "intake.subject", "col.content", "ticket.address",
            "ticket.requester", "ticket.phone", "col.unit", "col.district", "col.deadline", "col.closed", "ticket.supervised");

    private TicketWorkbook() {
    }

    /** Writes the filtered list; answers how many rows were written. */
    static int write(Tickets tickets, TicketQuery query, Actor reader, Function<String, String> text, Labels labels,
                     OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = book.createSheet(text.apply("tickets.title"));
            Row head = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                head.createCell(i).setCellValue(text.apply(HEADERS.get(i)));
            }
            sheet.createFreezePane(0, 1);
            int[] n = {0};
            tickets.export(query, reader, r -> row(sheet.createRow(++n[0]), r, text, labels));
            book.write(out);
            book.dispose();
            return n[0];
        }
    }

    /** How codes and times read in the workbook. */
    interface Labels {
        String unit(String code);

        String category(String code);

        String time(java.time.Instant at);
    }

    private static void row(Row row, TicketExportRow r, Function<String, String> text, Labels labels) {
        String[] cells = {r.number(), labels.time(r.createdAt()), text.apply("channel." + r.channel()),
                text.apply("type." + r.type()), text.apply("urgency." + r.urgency()), text.apply("status." + r.status()),
                labels.category(r.categoryCode()), r.subject(), r.content(), r.address(), r.requesterName(),
                r.requesterPhone(), labels.unit(r.leadUnitCode()), labels.unit(r.districtCode()),
                labels.time(r.completeDue()), labels.time(r.closedAt()), r.supervised() ? text.apply("ticket.supervised") : ""};
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i] == null ? "" : cells[i]);
        }
    }
}
