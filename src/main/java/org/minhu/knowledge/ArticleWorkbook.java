package org.minhu.knowledge;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.minhu.platform.TableFile;

/**
 * Articles as an Excel workbook, one row per article (its current version), the lists joined with
 * "、", dates as yyyy-MM-dd. The same columns come back in an import: a row with an id revises
 * that article (written on the version in its row), a row without one adds an article.
 */
final class ArticleWorkbook {

    static final String TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> COLUMNS = List.of("编号", "版本", "标题", "正文", "分类", "关键词", "同义词", "涉及单位",
            "责任单位", "复核日期", "生效日期", "失效日期");
    static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    /** A row of an import: the article to revise (and the version it was written on), or none, and its draft. */
    record Row(long line, Long id, Integer basedOn, ArticleDraft draft) {
    }

    private ArticleWorkbook() {
    }

    static void write(List<ArticleView> articles, OutputStream out) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("知识库");
            org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(COLUMNS.get(c));
            }
            int r = 1;
            for (ArticleView a : articles) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r++);
                Object[] values = {a.id(), a.version(), a.title(), a.body(), join(a.categoryCodes()), join(a.keywords()),
                        join(a.synonyms()), join(a.unitCodes()), a.ownerUnitCode(), day(a.reviewBy()), day(a.validFrom()),
                        day(a.validTo())};
                for (int c = 0; c < values.length; c++) {
                    if (values[c] instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(values[c] == null ? "" : values[c].toString());
                    }
                }
            }
            sheet.setColumnWidth(2, 30 * 256);
            sheet.setColumnWidth(3, 60 * 256);
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of a workbook with their problems (a row with any problem is not among the rows). */
    static List<Row> read(List<TableFile.Line> lines, List<TableFile.Problem> problems) {
        List<Row> rows = new ArrayList<>();
        for (TableFile.Line line : lines) {
            try {
                Long id = number(line.get("编号"));
                Long version = number(line.get("版本"));
                if (id != null && version == null) {
                    problems.add(new TableFile.Problem(line.number(), "版本 is needed to revise article " + id));
                    continue;
                }
                ArticleDraft draft = new ArticleDraft(line.get("标题"), line.get("正文"), split(line.get("分类")),
                        split(line.get("关键词")), split(line.get("同义词")), split(line.get("涉及单位")), line.get("责任单位"),
                        date(line.get("复核日期")), date(line.get("生效日期")), date(line.get("失效日期")));
                rows.add(new Row(line.number(), id, version == null ? null : version.intValue(), draft));
            } catch (NumberFormatException | DateTimeParseException e) {
                problems.add(new TableFile.Problem(line.number(), "编号 and 版本 are whole numbers, dates yyyy-MM-dd"));
            }
        }
        return rows;
    }

    private static Long number(String s) {
        return s == null || s.isBlank() ? null : Long.parseLong(s.strip());
    }

    private static LocalDate date(String s) {
        return s == null || s.isBlank() ? null : LocalDate.parse(s.strip(), DAY);
    }

    private static List<String> split(String s) {
        return s == null || s.isBlank() ? List.of()
                : Arrays.stream(s.split("[、,，;；\\n]+")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    private static String join(List<String> values) {
        return String.join("、", values);
    }

    private static String day(LocalDate d) {
        return d == null ? "" : DAY.format(d);
    }
}
