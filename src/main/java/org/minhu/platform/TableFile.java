package org.minhu.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.NumberToTextConverter;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The one way an import reads a table an administrator uploads: a CSV with a header naming the
 * columns (in any order), or the first sheet of an Excel workbook with such a header. Each record
 * comes with the line (the spreadsheet's row) it began on, so every bad row can be reported.
 */
public final class TableFile {

    /** One record: its line (1 is the header) and its fields by column name, stripped. */
    public record Line(long number, Map<String, String> fields) {

        public String get(String column) {
            String value = fields.get(column);
            return value == null ? "" : value.strip();
        }
    }

    /** What was wrong on which line (0: the file as a whole). */
    public record Problem(long line, String message) {
    }

    private TableFile() {
    }

    /** The records of a CSV with these columns; empty when it is no such CSV. */
    public static Optional<List<Line>> csv(String text, List<String> columns) {
        CsvSchema.Builder schema = CsvSchema.builder();
        columns.forEach(schema::addColumn);
        ObjectReader reader = CsvMapper.builder()
                .enable(CsvReadFeature.SKIP_EMPTY_LINES, CsvReadFeature.INSERT_NULLS_FOR_MISSING_COLUMNS,
                        CsvReadFeature.FAIL_ON_MISSING_HEADER_COLUMNS)
                .build().readerForMapOf(String.class).with(schema.build().withHeader().withColumnReordering(true));
        List<Line> lines = new ArrayList<>();
        try (MappingIterator<Map<String, String>> records = reader.readValues(new StringReader(text == null ? "" : text.strip()))) {
            while (records.hasNextValue()) {
                long line = records.currentLocation().getLineNr(); // where the record begins
                lines.add(new Line(line, records.nextValue()));
            }
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
        return Optional.of(lines);
    }

    /** The records of a workbook's first sheet (date cells written with {@code dates}); empty when it is no workbook. */
    public static Optional<List<Line>> workbook(byte[] xlsx, DateTimeFormatter dates) {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(xlsx == null ? new byte[0] : xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter text = new DataFormatter();
            Map<Integer, String> columns = new HashMap<>();
            Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null) {
                return Optional.of(List.of());
            }
            header.forEach(cell -> columns.put(cell.getColumnIndex(), text.formatCellValue(cell).strip()));
            List<Line> lines = new ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Map<String, String> fields = new HashMap<>();
                if (row != null) {
                    columns.forEach((index, name) -> fields.put(name, value(row.getCell(index), text, dates)));
                }
                if (fields.values().stream().anyMatch(v -> !v.isBlank())) {
                    lines.add(new Line(r + 1, fields));
                }
            }
            return Optional.of(lines);
        } catch (IOException | RuntimeException notAWorkbook) {
            return Optional.empty();
        }
    }

    private static String value(Cell cell, DataFormatter text, DateTimeFormatter dates) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().format(dates)
                    : NumberToTextConverter.toText(cell.getNumericCellValue());
        }
        return text.formatCellValue(cell).strip();
    }
}
