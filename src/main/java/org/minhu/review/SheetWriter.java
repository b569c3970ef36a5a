package org.minhu.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;

/**
 * Writes tables into a workbook the way a meeting prints them: a title row, a header row (both
 * frozen and repeated on every printed page), formatted numbers, landscape A4 fit to the width.
 */
final class SheetWriter {

    private static final float LINE_POINTS = 15f;

    private final Workbook book;
    private final Function<String, String> text;
    private final SheetStyles styles;

    SheetWriter(Workbook book, Function<String, String> text) {
        this.book = book;
        this.text = text;
        this.styles = SheetStyles.of(book);
    }

    /** A new sheet named {@code name} holding one table under {@code heading}. */
    <T> Sheet table(String name, String heading, List<Column<T>> columns, List<T> rows) {
        Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(name));
        Cell head = sheet.createRow(0).createCell(0);
        head.setCellValue(heading);
        head.setCellStyle(styles.title());
        if (columns.size() > 1) {
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.size() - 1));
        }
        Row headers = sheet.createRow(1);
        int headerLines = 1;
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = headers.createCell(c);
            String label = text.apply(columns.get(c).header());
            cell.setCellValue(label);
            cell.setCellStyle(styles.header());
            sheet.setColumnWidth(c, columns.get(c).width() * 256);
            headerLines = Math.max(headerLines, lines(label, columns.get(c).width()));
        }
        headers.setHeightInPoints(headerLines * LINE_POINTS);
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 2);
            int lines = 1;
            for (int c = 0; c < columns.size(); c++) {
                Object value = columns.get(c).value().apply(rows.get(r));
                cell(row.createCell(c), columns.get(c), value);
                if (columns.get(c).format() == Column.Format.TEXT && value != null) {
                    lines = Math.max(lines, lines(value.toString(), columns.get(c).width()));
                }
            }
            // a spreadsheet does not grow a wrapped row by itself when it opens the file: say how high
            row.setHeightInPoints(lines * LINE_POINTS);
        }
        print(sheet);
        return sheet;
    }

    private void cell(Cell cell, Column<?> column, Object value) {
        cell.setCellStyle(styles.formats().get(column.format()));
        switch (value) {
            case null -> cell.setBlank();
            case BigDecimal d -> cell.setCellValue(d.doubleValue());
            case Number n -> cell.setCellValue(n.doubleValue());
            case Boolean b -> cell.setCellValue(b ? "✓" : "");
            default -> cell.setCellValue(value.toString());
        }
    }

    /** The lines a text takes in a column so many characters wide, a Chinese character taking two. */
    static int lines(String text, int width) {
        int columns = text.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) ? 2 : 1).sum();
        return Math.max(1, (columns + width - 3) / (width - 2));
    }

    private static void print(Sheet sheet) {
        sheet.createFreezePane(0, 2);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:2"));
        sheet.setAutobreaks(true);
        sheet.setFitToPage(true);
        PrintSetup setup = sheet.getPrintSetup();
        setup.setLandscape(true);
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setHorizontallyCenter(true);
    }
}
