package org.minhu.review;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The review workbook's cell styles, made once per workbook: title, header, and one per value format. */
record SheetStyles(CellStyle title, CellStyle header, Map<Column.Format, CellStyle> formats) {

    static SheetStyles of(Workbook book) {
        CellStyle header = style(book, true, null);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        Map<Column.Format, CellStyle> formats = new EnumMap<>(Column.Format.class);
        formats.put(Column.Format.TEXT, style(book, false, null));
        formats.get(Column.Format.TEXT).setWrapText(true);
        formats.put(Column.Format.INTEGER, style(book, false, "0"));
        formats.put(Column.Format.SCORE, style(book, false, "0.00"));
        formats.put(Column.Format.RATE, style(book, false, "0.0%"));
        formats.put(Column.Format.DECIMAL, style(book, false, "#,##0.00"));
        return new SheetStyles(style(book, true, null), header, formats);
    }

    private static CellStyle style(Workbook book, boolean bold, String format) {
        CellStyle style = book.createCellStyle();
        Font font = book.createFont();
        font.setBold(bold);
        style.setFont(font);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        for (Consumer<BorderStyle> side : List.<Consumer<BorderStyle>>of(style::setBorderTop, style::setBorderBottom,
                style::setBorderLeft, style::setBorderRight)) {
            side.accept(BorderStyle.THIN);
        }
        if (format != null) {
            style.setDataFormat(book.createDataFormat().getFormat(format));
        }
        return style;
    }
}
