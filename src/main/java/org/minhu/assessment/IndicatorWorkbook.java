package org.minhu.assessment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * Indicator values from an Excel workbook (Apache POI): the first sheet, a header row naming the
 * columns {@code unitCode}, {@code month} and {@code value} in any order, one unit's month a row.
 * A month may be text ({@code 2026-03}) or a date cell; a value a number cell or its text.
 */
final class IndicatorWorkbook {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    private IndicatorWorkbook() {
    }

    /** The sheet's records as lines (the spreadsheet's row numbers), or null when it is no workbook. */
    static List<IndicatorImport.Line> lines(byte[] xlsx) {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter text = new DataFormatter();
            Map<Integer, String> columns = new HashMap<>();
            Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null) {
                return List.of();
            }
            header.forEach(cell -> columns.put(cell.getColumnIndex(), text.formatCellValue(cell).strip()));
            List<IndicatorImport.Line> lines = new ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Map<String, String> fields = new HashMap<>();
                if (row != null) {
                    columns.forEach((index, name) -> fields.put(name, value(row.getCell(index), text)));
                }
                if (fields.values().stream().anyMatch(v -> !v.isBlank())) {
                    lines.add(new IndicatorImport.Line(r + 1, fields));
                }
            }
            return lines;
        } catch (IOException | RuntimeException notAWorkbook) {
            return null;
        }
    }

    private static String value(Cell cell, DataFormatter text) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().format(MONTH)
                    : NumberToTextConverter.toText(cell.getNumericCellValue());
        }
        return text.formatCellValue(cell).strip();
    }
}
