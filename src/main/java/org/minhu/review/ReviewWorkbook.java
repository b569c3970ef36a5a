package org.minhu.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.minhu.assessment.IndicatorRank;
import org.minhu.assessment.MonthLists;
import org.minhu.assessment.UnitScore;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The review pack as an Excel workbook (Apache POI): a summary sheet, a sheet per ranking table,
 * the unit cards with their comments, the twelve-month trend, a sheet per other indicator and the
 * governance and praise lists; headers in the reader's language.
 */
@Component
class ReviewWorkbook {

    static final String TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MessageSource messages;

    ReviewWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(ReviewPack pack, Locale locale) {
        try (var book = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            java.util.function.Function<String, String> text = key -> messages.getMessage(key, null, key, locale);
            var sheets = new SheetWriter(book, text);
            String scope = pack.districtName() == null ? text.apply("review.city") : pack.districtName();
            String heading = pack.month() + " " + scope + " · " + text.apply("review.status." + pack.status());
            sheets.table(text.apply("review.sheet.summary"), heading + " · " + text.apply("review.title"),
                    ReviewColumns.summary(), ReviewSummary.lines(pack, text));
            for (var table : pack.rankings()) {
                String name = text.apply("review.group." + table.group());
                sheets.table(name, heading + " · " + name, ReviewColumns.<UnitScore>ranking(), table.rows());
            }
            sheets.table(text.apply("review.sheet.cards"), heading, ReviewColumns.cards(), pack.cards());
            sheets.table(text.apply("review.sheet.trend"), heading, ReviewColumns.trend(pack.month()), pack.cards());
            for (var table : pack.indicators()) {
                String name = "en".equals(locale.getLanguage()) ? table.indicator().nameEn() : table.indicator().nameZh();
                sheets.table(name, heading + " · " + name + " (" + table.indicator().unitOfMeasure() + ")",
                        ReviewColumns.<IndicatorRank>indicator(), table.rows());
            }
            sheets.table(text.apply("review.sheet.lists"), heading, ReviewColumns.lists(text), listed(pack.lists()));
            sheets.table(text.apply("review.sheet.livelihood"), heading + " · " + text.apply("review.sheet.livelihood"),
                    ReviewColumns.livelihood("en".equals(locale.getLanguage())), pack.livelihood().dimensions());
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The four lists as one table, each entry with the list it is on. */
    private static List<ReviewColumns.Listed> listed(MonthLists lists) {
        var all = new java.util.ArrayList<ReviewColumns.Listed>();
        lists.governance().forEach(e -> all.add(new ReviewColumns.Listed("governance", e)));
        lists.governanceInDistricts().forEach(e -> all.add(new ReviewColumns.Listed("district", e)));
        lists.fullMarks().forEach(e -> all.add(new ReviewColumns.Listed("full", e)));
        lists.zeroRequests().forEach(e -> all.add(new ReviewColumns.Listed("zero", e)));
        return all;
    }
}
